<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AlbumsController</name>
    <message>
        <source>Edit album</source>
        <translation>编辑相册</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Remove album</source>
        <translation>删除相册</translation>
    </message>
    <message>
        <source>Remove the album {0}? Its photos stay where they are.</source>
        <translation>删除相册“{0}”？其中的照片保留在原处。</translation>
    </message>
    <message>
        <source>Removed the album {0}</source>
        <translation>已删除相册“{0}”</translation>
    </message>
    <message>
        <source>Copy the photos of {0} to</source>
        <translation>将“{0}”的照片复制到</translation>
    </message>
    <message>
        <source>Copied {0} photos of {1} to {2}</source>
        <translation>已将“{1}”的 {0} 张照片复制到 {2}</translation>
    </message>
    <message>
        <source>{0} already there, {1} failed</source>
        <translation>{0} 张已存在，{1} 张失败</translation>
    </message>
</context>
<context>
    <name>AlbumsPanel</name>
    <message>
        <source>New album…</source>
        <translation>新建相册…</translation>
    </message>
    <message>
        <source>Remove album</source>
        <translation>删除相册</translation>
    </message>
    <message>
        <source>Loose: more photos. Strict: only the clearest matches.</source>
        <translation>宽松：更多照片。严格：只保留最明确的匹配。</translation>
    </message>
    <message>
        <source>Loose</source>
        <translation>宽松</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>严格</translation>
    </message>
    <message>
        <source>Albums</source>
        <translation>相册</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 张照片</translation>
    </message>
    <message>
        <source>{0} photos</source>
        <translation>{0} 张照片</translation>
    </message>
    <message>
        <source>New album</source>
        <translation>新建相册</translation>
    </message>
    <message>
        <source>Not in this album</source>
        <translation>不属于此相册</translation>
    </message>
    <message>
        <source>Always in this album</source>
        <translation>始终属于此相册</translation>
    </message>
    <message>
        <source>Back to automatic</source>
        <translation>恢复自动</translation>
    </message>
</context>
<context>
    <name>AlbumsWindow</name>
    <message>
        <source>Albums</source>
        <translation>相册</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Downloading the model {model} (first use only)…</source>
        <translation>正在下载模型 {model}（仅首次使用时）…</translation>
    </message>
    <message>
        <source>No folders are watched yet: run &apos;mclip-desktop index FOLDER&apos;.</source>
        <translation>尚未监视任何文件夹：请运行 &apos;mclip-desktop index 文件夹&apos;。</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>The folder {path} is not reachable; its photos are kept.</source>
        <translation>无法访问文件夹 {path}；其中的照片会保留。</translation>
    </message>
    <message>
        <source>{indexed} photos searchable: {embedded} newly embedded, {reused} moved or duplicates, {removed} removed, {failed} could not be read ({seconds} s).</source>
        <translation>可搜索照片 {indexed} 张：新处理 {embedded} 张，移动或重复 {reused} 张，移除 {removed} 张，无法读取 {failed} 张（{seconds} 秒）。</translation>
    </message>
    <message>
        <source>-n must be a positive number of results.</source>
        <translation>-n 必须是一个正数的结果数量。</translation>
    </message>
    <message>
        <source>A search needs a term to look for, not only terms to avoid.</source>
        <translation>搜索需要一个要查找的词，而不只是要排除的词。</translation>
    </message>
    <message>
        <source>{option} {value}: not a date; write it as YYYY-MM-DD.</source>
        <translation>{option} {value}：不是日期；请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>--after {first} is later than --before {last}: no day is in between.</source>
        <translation>--after {first} 晚于 --before {last}：两者之间没有任何一天。</translation>
    </message>
    <message>
        <source>--type {type}: unknown file type; use one of {types}.</source>
        <translation>--type {type}：未知的文件类型；请使用 {types} 之一。</translation>
    </message>
    <message>
        <source>--sort {sort}: sort by &apos;relevance&apos; or &apos;date&apos;.</source>
        <translation>--sort {sort}：请按 &apos;relevance&apos; 或 &apos;date&apos; 排序。</translation>
    </message>
    <message>
        <source>--folder {path} is not a watched folder or inside one. &apos;mclip-desktop folders list&apos; shows them.</source>
        <translation>--folder {path} 不是受监视的文件夹，也不在其中。&apos;mclip-desktop folders list&apos; 会列出它们。</translation>
    </message>
    <message>
        <source>No photos indexed yet: run &apos;mclip-desktop index FOLDER&apos; first.</source>
        <translation>尚未索引任何照片：请先运行 &apos;mclip-desktop index 文件夹&apos;。</translation>
    </message>
    <message>
        <source>No matching photos.</source>
        <translation>没有匹配的照片。</translation>
    </message>
    <message>
        <source>{count} weaker matches not shown (use -n to see more).</source>
        <translation>未显示 {count} 个较弱的匹配（使用 -n 查看更多）。</translation>
    </message>
    <message>
        <source>Searching with &apos;{old}&apos;, the model this library&apos;s photos are embedded with; &apos;{new}&apos; (from {source}) takes over once &apos;mclip-desktop index&apos; has embedded them again.</source>
        <translation>正在使用 &apos;{old}&apos; 搜索，这是本图库照片嵌入时所用的模型；&apos;mclip-desktop index&apos; 重新嵌入后将改用 &apos;{new}&apos;（来自 {source}）。</translation>
    </message>
    <message>
        <source>Watching {path}. Run &apos;mclip-desktop index&apos; to index it.</source>
        <translation>正在监视 {path}。运行 &apos;mclip-desktop index&apos; 为其建立索引。</translation>
    </message>
    <message>
        <source>No longer watching {path}; its photos left the index.</source>
        <translation>已停止监视 {path}；其中的照片已移出索引。</translation>
    </message>
    <message>
        <source>{path}  {files} files</source>
        <translation>{path}  {files} 个文件</translation>
    </message>
    <message>
        <source>{path}  {files} files  (offline)</source>
        <translation>{path}  {files} 个文件  （离线）</translation>
    </message>
    <message>
        <source>{indexed} photos searchable, {pending} waiting, {failed} could not be read.</source>
        <translation>可搜索照片 {indexed} 张，等待中 {pending} 张，无法读取 {failed} 张。</translation>
    </message>
    <message>
        <source>{path}  ({files} files, online)</source>
        <translation>{path}  （{files} 个文件，在线）</translation>
    </message>
    <message>
        <source>{path}  ({files} files, offline)</source>
        <translation>{path}  （{files} 个文件，离线）</translation>
    </message>
    <message>
        <source>could not read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>… and {count} more (see status --json)</source>
        <translation>… 另有 {count} 个（见 status --json）</translation>
    </message>
    <message>
        <source>Models: image {image}, text {text_model}</source>
        <translation>模型：图像 {image}，文本 {text_model}</translation>
    </message>
    <message>
        <source>switching to {model}: {count} photo(s) still to embed (run &apos;mclip-desktop index&apos;)</source>
        <translation>正在切换到 {model}：还有 {count} 张照片待嵌入（请运行 &apos;mclip-desktop index&apos;）</translation>
    </message>
    <message>
        <source>Data: {path}</source>
        <translation>数据：{path}</translation>
    </message>
    <message>
        <source>No folders are watched yet: run &apos;mclip-desktop watch FOLDER&apos;.</source>
        <translation>尚未监视任何文件夹：请运行 &apos;mclip-desktop watch 文件夹&apos;。</translation>
    </message>
    <message>
        <source>Watching {count} folder(s); press Ctrl-C to stop.</source>
        <translation>正在监视 {count} 个文件夹；按 Ctrl-C 停止。</translation>
    </message>
    <message>
        <source>Watching stopped after an error (see the messages above).</source>
        <translation>监视因出错而停止（见上方的消息）。</translation>
    </message>
    <message>
        <source>Removed the login service {unit}.</source>
        <translation>已删除登录服务 {unit}。</translation>
    </message>
    <message>
        <source>The login service {name} runs &apos;{command}&apos; now and at each login; &apos;systemctl --user status {name}&apos; shows it.</source>
        <translation>登录服务 {name} 现在以及每次登录时都会运行 &apos;{command}&apos;；&apos;systemctl --user status {name}&apos; 可查看它。</translation>
    </message>
    <message>
        <source>Wrote {unit}. Start it with: systemctl --user enable --now {name}</source>
        <translation>已写入 {unit}。用以下命令启动：systemctl --user enable --now {name}</translation>
    </message>
    <message>
        <source>The desktop app cannot start: a part of it is missing. Reinstall mclip-desktop with its dependencies, or use the command line (see &apos;mclip-desktop --help&apos;).</source>
        <translation>无法启动桌面应用：缺少其中一部分。请连同依赖重新安装 mclip-desktop，或使用命令行（见 &apos;mclip-desktop --help&apos;）。</translation>
    </message>
    <message>
        <source>stopped. Work finished so far is kept.</source>
        <translation>已停止。已完成的工作会保留。</translation>
    </message>
</context>
<context>
    <name>CliMessages</name>
    <message>
        <source>Point {flag} at the folder that holds modules.json.</source>
        <translation>请用 {flag} 指定包含 modules.json 的文件夹。</translation>
    </message>
    <message>
        <source>Check {flag}.</source>
        <translation>请检查 {flag}。</translation>
    </message>
    <message>
        <source>Give a local folder with {flag} FOLDER.</source>
        <translation>请用 {flag} 文件夹 指定本地文件夹。</translation>
    </message>
    <message>
        <source>Give another folder with {flag} FOLDER.</source>
        <translation>请用 {flag} 文件夹 指定另一个文件夹。</translation>
    </message>
    <message>
        <source>Check --text-model and --image-model.</source>
        <translation>请检查 --text-model 和 --image-model。</translation>
    </message>
    <message>
        <source>&apos;mclip-desktop folders list&apos; shows them.</source>
        <translation>&apos;mclip-desktop folders list&apos; 可列出它们。</translation>
    </message>
    <message>
        <source>Run &apos;mclip-desktop index FOLDER&apos; first.</source>
        <translation>请先运行 &apos;mclip-desktop index 文件夹&apos;。</translation>
    </message>
    <message>
        <source>Or use another --data-dir.</source>
        <translation>或者使用另一个 --data-dir。</translation>
    </message>
    <message>
        <source>Or choose another with --data-dir.</source>
        <translation>或者用 --data-dir 选择另一个位置。</translation>
    </message>
    <message>
        <source>Run &apos;mclip-desktop check&apos; to see what is wrong.</source>
        <translation>运行 &apos;mclip-desktop check&apos; 查看问题所在。</translation>
    </message>
    <message>
        <source>Or choose another with --data-dir (or MCLIP_DATA_DIR).</source>
        <translation>或者用 --data-dir（或 MCLIP_DATA_DIR）选择另一个位置。</translation>
    </message>
    <message>
        <source>Or choose another --data-dir.</source>
        <translation>或者选择另一个 --data-dir。</translation>
    </message>
    <message>
        <source>Run &apos;mclip-desktop watch&apos; again to resume.</source>
        <translation>再次运行 &apos;mclip-desktop watch&apos; 即可继续。</translation>
    </message>
</context>
<context>
    <name>DateRangePanel</name>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>到</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>mclip-desktop cannot start</source>
        <translation>mclip-desktop 无法启动</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Duplicates</source>
        <translation>重复照片</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>正在查找重复照片…</translation>
    </message>
    <message>
        <source>Also show similar shots (bursts)</source>
        <translation>同时显示相似照片（连拍）</translation>
    </message>
    <message>
        <source>Zoom in to compare</source>
        <translation>放大比较</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <source>Keep selected, move the others to the trash</source>
        <translation>保留所选，将其他移到回收站</translation>
    </message>
    <message>
        <source>Do this for all groups</source>
        <translation>对所有组执行</translation>
    </message>
    <message>
        <source>Exact copies</source>
        <translation>完全相同的副本</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Similar shots</source>
        <translation>相似照片</translation>
    </message>
    <message>
        <source>{0} groups; {1} files can go to the trash.</source>
        <translation>{0} 组；{1} 个文件可移到回收站。</translation>
    </message>
    <message>
        <source>No duplicates among {0} photos.</source>
        <translation>{0} 张照片中没有重复。</translation>
    </message>
    <message>
        <source>Could not look for duplicates: {0}</source>
        <translation>无法查找重复照片：{0}</translation>
    </message>
    <message>
        <source>highest resolution ({0} × {1})</source>
        <translation>分辨率最高（{0} × {1}）</translation>
    </message>
    <message>
        <source>least compression</source>
        <translation>压缩最少</translation>
    </message>
    <message>
        <source>has camera metadata (EXIF)</source>
        <translation>包含相机元数据（EXIF）</translation>
    </message>
    <message>
        <source>oldest file</source>
        <translation>最早的文件</translation>
    </message>
    <message>
        <source>all copies are alike; the first by name</source>
        <translation>所有副本都相同；按名称取第一个</translation>
    </message>
    <message>
        <source>Suggested: keep {0} — {1}.</source>
        <translation>建议：保留 {0} — {1}。</translation>
    </message>
    <message>
        <source>Moved {0} files to the trash.</source>
        <translation>已将 {0} 个文件移到回收站。</translation>
    </message>
    <message>
        <source>Skipped {0} groups: {1}</source>
        <translation>跳过了 {0} 组：{1}</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Choose model folder…</source>
        <translation>选择模型文件夹…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Looking for the models…</source>
        <translation>正在查找模型…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>添加 {0}</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>选择其他文件夹…</translation>
    </message>
    <message>
        <source>No folders yet</source>
        <translation>尚未添加文件夹</translation>
    </message>
    <message>
        <source>Choose the folders that hold your photos. Nothing leaves this computer.</source>
        <translation>请选择存放照片的文件夹。所有内容都不会离开这台电脑。</translation>
    </message>
    <message>
        <source>You can also drop a folder onto this window.</source>
        <translation>也可以将文件夹拖放到此窗口中。</translation>
    </message>
    <message>
        <source>Indexing {done} of {total} photos</source>
        <translation>正在索引照片：{done} / {total}</translation>
    </message>
    <message>
        <source>You can search already: new photos join the results as they are indexed.</source>
        <translation>现在就可以搜索：新照片完成索引后会陆续出现在结果中。</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>正在查找照片…</translation>
    </message>
    <message>
        <source>Indexing starts in a moment; the window stays usable meanwhile.</source>
        <translation>索引即将开始，期间窗口仍可正常使用。</translation>
    </message>
    <message>
        <source>Loading the models; your search runs as soon as they are ready…</source>
        <translation>正在加载模型；模型就绪后会立即开始搜索…</translation>
    </message>
    <message>
        <source>No indexed photo in {0} matches yet.</source>
        <translation>{0} 中还没有匹配的已索引照片。</translation>
    </message>
    <message>
        <source>No indexed photo matches yet.</source>
        <translation>目前还没有匹配的已索引照片。</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>没有结果</translation>
    </message>
    <message>
        <source>{0} holds no photos that could be read.</source>
        <translation>{0} 中没有可读取的照片。</translation>
    </message>
    <message>
        <source>The watched folders hold no photos that could be read.</source>
        <translation>所监视的文件夹中没有可读取的照片。</translation>
    </message>
    <message>
        <source>No photos here yet</source>
        <translation>这里还没有照片</translation>
    </message>
    <message>
        <source>Show {0} weaker matches</source>
        <translation>显示 {0} 个较弱的匹配</translation>
    </message>
    <message>
        <source>No close matches</source>
        <translation>没有相近的匹配</translation>
    </message>
    <message>
        <source>No photo matches the filters.</source>
        <translation>没有符合筛选条件的照片。</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>No photos here</source>
        <translation>这里没有照片</translation>
    </message>
    <message>
        <source>No photo of the album {0} matches.</source>
        <translation>相册“{0}”中没有匹配的照片。</translation>
    </message>
    <message>
        <source>No photo matches {0} yet. Right-click the album to edit its labels, or add photos like the ones you want.</source>
        <translation>还没有与“{0}”匹配的照片。右键点击相册可编辑其标签，或添加示例照片。</translation>
    </message>
    <message>
        <source>This album is empty</source>
        <translation>此相册为空</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>The model download was cancelled.</source>
        <translation>模型下载已取消。</translation>
    </message>
    <message>
        <source>The model {0} could not be loaded.</source>
        <translation>无法加载模型 {0}。</translation>
    </message>
</context>
<context>
    <name>FailuresDialog</name>
    <message>
        <source>Files that could not be read</source>
        <translation>无法读取的文件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>These files are skipped until they change. Nothing else is affected.</source>
        <translation>这些文件在发生变化之前会被跳过，其他内容不受影响。</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Cannot open {0}: the file is no longer there.</source>
        <translation>无法打开 {0}：文件已不存在。</translation>
    </message>
    <message>
        <source>No application could open {0}. Is a default image viewer set?</source>
        <translation>没有应用程序能打开 {0}。是否设置了默认图片查看器？</translation>
    </message>
    <message>
        <source>Cannot show {0}: the folder is no longer there.</source>
        <translation>无法显示 {0}：文件夹已不存在。</translation>
    </message>
    <message>
        <source>No file manager could show {0}. Is a default file manager set?</source>
        <translation>没有文件管理器能显示 {0}。是否设置了默认文件管理器？</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Only photos in this folder</source>
        <translation>仅此文件夹中的照片</translation>
    </message>
    <message>
        <source>Only photos taken in these days</source>
        <translation>仅这些日期拍摄的照片</translation>
    </message>
    <message>
        <source>Only photos of these file types</source>
        <translation>仅这些文件类型的照片</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Show photos of every folder, date and type</source>
        <translation>显示所有文件夹、日期和类型的照片</translation>
    </message>
    <message>
        <source>All folders</source>
        <translation>所有文件夹</translation>
    </message>
    <message>
        <source>From {0}</source>
        <translation>{0} 起</translation>
    </message>
    <message>
        <source>Until {0}</source>
        <translation>至 {0}</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>任意类型</translation>
    </message>
</context>
<context>
    <name>FoldersDialog</name>
    <message>
        <source>Watched folders</source>
        <translation>监视的文件夹</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Photos in these folders and their subfolders are searchable.</source>
        <translation>这些文件夹及其子文件夹中的照片均可搜索。</translation>
    </message>
    <message>
        <source>{0}  (not reachable)</source>
        <translation>{0}（无法访问）</translation>
    </message>
    <message>
        <source>Cannot add folder</source>
        <translation>无法添加文件夹</translation>
    </message>
    <message>
        <source>Add a folder of photos</source>
        <translation>添加照片文件夹</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>GuiMessages</name>
    <message>
        <source>Choose the folder that holds modules.json.</source>
        <translation>请选择包含 modules.json 的文件夹。</translation>
    </message>
    <message>
        <source>Choose the folder where the model is now.</source>
        <translation>请选择模型现在所在的文件夹。</translation>
    </message>
    <message>
        <source>Choose a folder that holds the model instead.</source>
        <translation>请改为选择包含该模型的文件夹。</translation>
    </message>
    <message>
        <source>Choose the folder of a CLIP image model.</source>
        <translation>请选择一个 CLIP 图像模型的文件夹。</translation>
    </message>
    <message>
        <source>Add a folder of photos to start one.</source>
        <translation>添加一个照片文件夹即可创建。</translation>
    </message>
    <message>
        <source>Restart mclip-desktop to resume.</source>
        <translation>重新启动 mclip-desktop 即可继续。</translation>
    </message>
    <message>
        <source>An unexpected error occurred; its details were logged.</source>
        <translation>发生了意外错误；详细信息已写入日志。</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>LibraryStatusBar</name>
    <message>
        <source>Pause indexing</source>
        <translation>暂停索引</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the model download</source>
        <translation>取消下载模型</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Downloading {model}: {done:.0f} of {total:.0f} MB (first use only)</source>
        <translation>正在下载 {model}：{done:.0f} / {total:.0f} MB（仅首次使用时）</translation>
    </message>
    <message>
        <source>Resume indexing</source>
        <translation>继续索引</translation>
    </message>
    <message>
        <source>1 unreadable file</source>
        <translation>1 个无法读取的文件</translation>
    </message>
    <message>
        <source>{0} unreadable files</source>
        <translation>{0} 个无法读取的文件</translation>
    </message>
    <message>
        <source>Indexing {done} of {total}</source>
        <translation>正在索引 {done} / {total}</translation>
    </message>
    <message>
        <source> · {rate:.1f} photos/s</source>
        <translation> · 每秒 {rate:.1f} 张</translation>
    </message>
    <message>
        <source> · {0} left</source>
        <translation> · 剩余 {0}</translation>
    </message>
    <message>
        <source>1 photo searchable</source>
        <translation>可搜索 1 张照片</translation>
    </message>
    <message>
        <source>{0} photos searchable</source>
        <translation>可搜索 {0} 张照片</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} 秒</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} 分钟</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} 小时</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading the models…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>添加文件夹(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Watched folders…</source>
        <translation>监视的文件夹(&amp;W)…</translation>
    </message>
    <message>
        <source>Choose &amp;model folder…</source>
        <translation>选择模型文件夹(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Paste image as query</source>
        <translation>粘贴图片作为查询(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Larger thumbnails</source>
        <translation>放大缩略图(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller thumbnails</source>
        <translation>缩小缩略图(&amp;S)</translation>
    </message>
    <message>
        <source>Fetching the dropped image…</source>
        <translation>正在获取拖入的图片…</translation>
    </message>
    <message>
        <source>Cannot copy {0}: it cannot be read.</source>
        <translation>无法复制 {0}：该文件无法读取。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>查找相似照片</translation>
    </message>
    <message>
        <source>More like this</source>
        <translation>更多类似的</translation>
    </message>
    <message>
        <source>Less like this</source>
        <translation>更少类似的</translation>
    </message>
    <message>
        <source>Add a folder of photos</source>
        <translation>添加照片文件夹</translation>
    </message>
    <message>
        <source>Watching {0}</source>
        <translation>正在监视 {0}</translation>
    </message>
    <message>
        <source>Choose the folder of the image model {0}</source>
        <translation>选择图像模型 {0} 的文件夹</translation>
    </message>
    <message>
        <source>Choose the folder of the text model {0}</source>
        <translation>选择文本模型 {0} 的文件夹</translation>
    </message>
    <message>
        <source>Choose a folder that holds a model</source>
        <translation>选择包含模型的文件夹</translation>
    </message>
    <message>
        <source>The models are ready.</source>
        <translation>模型已就绪。</translation>
    </message>
    <message>
        <source>Search your photos, in any language…</source>
        <translation>用任何语言搜索你的照片…</translation>
    </message>
    <message>
        <source>Checked again: still not available.</source>
        <translation>已重新检查：仍然不可用。</translation>
    </message>
    <message>
        <source>The models are not available</source>
        <translation>模型不可用</translation>
    </message>
    <message>
        <source>Choose model folder for the image model {0}…</source>
        <translation>为图像模型 {0} 选择文件夹…</translation>
    </message>
    <message>
        <source>Choose model folder for the text model {0}…</source>
        <translation>为文本模型 {0} 选择文件夹…</translation>
    </message>
    <message>
        <source>Jump to date</source>
        <translation>跳转到日期</translation>
    </message>
    <message>
        <source>Jump to a month (Ctrl+J)</source>
        <translation>跳转到某个月 (Ctrl+J)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Copy &amp;to…</source>
        <translation>复制到(&amp;T)…</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>移到回收站(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Jump to date…</source>
        <translation>跳转到日期(&amp;J)…</translation>
    </message>
    <message>
        <source>Copy to…</source>
        <translation>复制到…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Copy the photos to</source>
        <translation>将照片复制到</translation>
    </message>
    <message>
        <source>Copied {0} of {1} photos to {2}</source>
        <translation>已将 {1} 张照片中的 {0} 张复制到 {2}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>Could not move {0} to the trash: {1}</source>
        <translation>无法将 {0} 移到回收站：{1}</translation>
    </message>
    <message>
        <source>Moved {0} photos to the trash</source>
        <translation>已将 {0} 张照片移到回收站</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>移除文件夹</translation>
    </message>
    <message>
        <source>Stop watching {0}?

Its photos leave the index and no longer show up here or in searches. The files themselves stay on disk.</source>
        <translation>停止监视 {0}？

其中的照片将移出索引，不再显示在这里或搜索结果中。文件本身仍保留在磁盘上。</translation>
    </message>
    <message>
        <source>Exclude a subfolder from the index</source>
        <translation>从索引中排除子文件夹</translation>
    </message>
    <message>
        <source>Photos in {0} are left out of the index</source>
        <translation>{0} 中的照片已排除在索引之外</translation>
    </message>
    <message>
        <source>Indexing paused while on battery power</source>
        <translation>使用电池供电时已暂停索引</translation>
    </message>
    <message>
        <source>&amp;Duplicates…</source>
        <translation>重复照片(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Albums…</source>
        <translation>相册(&amp;A)…</translation>
    </message>
    <message>
        <source>{0} photos</source>
        <translation>{0} 张照片</translation>
    </message>
    <message>
        <source>No close matches</source>
        <translation>没有相近的匹配</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 个匹配</translation>
    </message>
    <message>
        <source>{0} matches</source>
        <translation>{0} 个匹配</translation>
    </message>
    <message>
        <source>Hide weaker matches</source>
        <translation>隐藏较弱的匹配</translation>
    </message>
    <message>
        <source>Show {0} weaker matches</source>
        <translation>显示 {0} 个较弱的匹配</translation>
    </message>
    <message>
        <source>Removed {0} from the search</source>
        <translation>已从搜索中移除 {0}</translation>
    </message>
    <message>
        <source>Not in this album</source>
        <translation>不在此相册中</translation>
    </message>
    <message>
        <source>Always in this album</source>
        <translation>始终在此相册中</translation>
    </message>
    <message>
        <source>Back to automatic</source>
        <translation>恢复自动</translation>
    </message>
</context>
<context>
    <name>MemberCard</name>
    <message>
        <source>Cannot show this file</source>
        <translation>无法显示此文件</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>保留这张</translation>
    </message>
    <message>
        <source>{0} × {1} pixels</source>
        <translation>{0} × {1} 像素</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>not a regular file (a pipe, socket or device)</source>
        <translation>不是普通文件（管道、套接字或设备）</translation>
    </message>
    <message>
        <source>file too large to be a photo ({size_mb} MB)</source>
        <translation>文件过大，不像是照片（{size_mb} MB）</translation>
    </message>
    <message>
        <source>file too large to be a photo (it grew while being read)</source>
        <translation>文件过大，不像是照片（读取过程中仍在变大）</translation>
    </message>
    <message>
        <source>the file disappeared before it could be read</source>
        <translation>文件在读取前已消失</translation>
    </message>
    <message>
        <source>permission denied: check the file&apos;s permissions</source>
        <translation>权限不足：请检查文件的权限</translation>
    </message>
    <message>
        <source>this is a folder, not a photo</source>
        <translation>这是文件夹，不是照片</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>无法读取文件（{reason}）</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>空文件（0 字节）</translation>
    </message>
    <message>
        <source>the image has no pixels ({width}x{height})</source>
        <translation>图像没有像素（{width}x{height}）</translation>
    </message>
    <message>
        <source>image too large to decode safely ({width}x{height} pixels)</source>
        <translation>图像过大，无法安全解码（{width}x{height} 像素）</translation>
    </message>
    <message>
        <source>image has too many pixels to be decoded safely</source>
        <translation>图像像素过多，无法安全解码</translation>
    </message>
    <message>
        <source>not a photo format mclip-desktop can read (damaged file, or another file type)</source>
        <translation>不是 mclip-desktop 能读取的照片格式（文件已损坏，或是其他类型的文件）</translation>
    </message>
    <message>
        <source>HEIC/HEIF photo, which this installation cannot read: install pillow-heif</source>
        <translation>HEIC/HEIF 照片，当前安装无法读取：请安装 pillow-heif</translation>
    </message>
    <message>
        <source>AVIF photo, which this installation cannot read: update Pillow</source>
        <translation>AVIF 照片，当前安装无法读取：请更新 Pillow</translation>
    </message>
    <message>
        <source>the file is truncated or damaged</source>
        <translation>文件不完整或已损坏</translation>
    </message>
    <message>
        <source>not enough memory to decode this image</source>
        <translation>内存不足，无法解码此图像</translation>
    </message>
    <message>
        <source>the image data is damaged</source>
        <translation>图像数据已损坏</translation>
    </message>
    <message>
        <source>a kind of image this version cannot decode</source>
        <translation>此版本无法解码的图像类型</translation>
    </message>
    <message>
        <source>cannot decode the image</source>
        <translation>无法解码图像</translation>
    </message>
    <message>
        <source>the photo is not reachable</source>
        <translation>无法访问该照片</translation>
    </message>
    <message>
        <source>Cannot use {path} as a query image: {reason}</source>
        <translation>无法将 {path} 用作查询图像：{reason}</translation>
    </message>
    <message>
        <source>The search text is empty.</source>
        <translation>搜索文本为空。</translation>
    </message>
    <message>
        <source>A search term is empty.</source>
        <translation>有一个搜索词为空。</translation>
    </message>
    <message>
        <source>The weight in &apos;{term}&apos; is not a usable number.</source>
        <translation>&apos;{term}&apos; 中的权重不是可用的数字。</translation>
    </message>
    <message>
        <source>The weight &apos;{weight}&apos; in &apos;{term}&apos; is not a number.</source>
        <translation>&apos;{term}&apos; 中的权重 &apos;{weight}&apos; 不是数字。</translation>
    </message>
    <message>
        <source>{path} is not an indexed photo of the library.</source>
        <translation>{path} 不是图库中已建立索引的照片。</translation>
    </message>
    <message>
        <source>The search terms cancel each other out; change a weight or a term.</source>
        <translation>搜索词相互抵消了；请更改权重或某个词。</translation>
    </message>
    <message>
        <source>Only http and https addresses can be fetched, not {scheme}: {url}</source>
        <translation>只能获取 http 和 https 地址，不能获取 {scheme}：{url}</translation>
    </message>
    <message>
        <source>The image at {url} is larger than {size_mb} MB.</source>
        <translation>{url} 上的图像大于 {size_mb} MB。</translation>
    </message>
    <message>
        <source>Could not fetch {url}. Check the address and the network connection.</source>
        <translation>无法获取 {url}。请检查地址和网络连接。</translation>
    </message>
    <message>
        <source>The folder {path} does not hold a sentence-transformers model (no modules.json).</source>
        <translation>文件夹 {path} 中没有 sentence-transformers 模型（缺少 modules.json）。</translation>
    </message>
    <message>
        <source>The model folder {path} does not exist.</source>
        <translation>模型文件夹 {path} 不存在。</translation>
    </message>
    <message>
        <source>There is no model named &apos;{model}&apos; on the Hugging Face hub.</source>
        <translation>Hugging Face Hub 上没有名为 &apos;{model}&apos; 的模型。</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; is not on this computer and could not be downloaded. Connect to the internet once so it can be downloaded, or use a local folder that holds the model.</source>
        <translation>本机上没有模型 &apos;{model}&apos;，也无法下载。请联网一次以便下载，或使用包含该模型的本地文件夹。</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; in {path} could not be loaded. Delete it from the cache to download it again, or use another folder.</source>
        <translation>无法加载 {path} 中的模型 &apos;{model}&apos;。请将其从缓存中删除以便重新下载，或使用另一个文件夹。</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; is not a CLIP image model; use one such as clip-ViT-B-32.</source>
        <translation>模型 &apos;{model}&apos; 不是 CLIP 图像模型；请使用 clip-ViT-B-32 之类的模型。</translation>
    </message>
    <message>
        <source>The text model &apos;{text_model}&apos; makes {text_dim}-d vectors but the photos were indexed with {image_dim}-d vectors by &apos;{image_model}&apos;. Use a text model trained for that image model.</source>
        <translation>文本模型 &apos;{text_model}&apos; 生成 {text_dim} 维向量，但照片是由 &apos;{image_model}&apos; 以 {image_dim} 维向量索引的。请使用为该图像模型训练的文本模型。</translation>
    </message>
    <message>
        <source>The folder {path} does not exist or is not a folder.</source>
        <translation>文件夹 {path} 不存在，或者不是文件夹。</translation>
    </message>
    <message>
        <source>{path} is not a watched folder.</source>
        <translation>{path} 不是被监视的文件夹。</translation>
    </message>
    <message>
        <source>There is no catalog at {path} yet.</source>
        <translation>{path} 处还没有目录库。</translation>
    </message>
    <message>
        <source>The catalog {path} was written by a newer version of mclip-desktop (schema {version}, this version knows {known}). It was left untouched: update mclip-desktop.</source>
        <translation>目录库 {path} 由更新版本的 mclip-desktop 写入（架构 {version}，此版本只支持 {known}）。它未被改动：请更新 mclip-desktop。</translation>
    </message>
    <message>
        <source>The catalog {path} needs an upgrade (schema {version} to {known}), but no backup could be written first. Nothing was changed: free some space or make the folder writable, then start again.</source>
        <translation>目录库 {path} 需要升级（架构 {version} 升至 {known}），但无法先写入备份。未做任何更改：请释放一些空间或使该文件夹可写，然后重新开始。</translation>
    </message>
    <message>
        <source>The disk holding the catalog {path} is full. Work finished before this is kept; free some space and start again.</source>
        <translation>存放目录库 {path} 的磁盘已满。此前完成的工作会保留；请释放一些空间后重新开始。</translation>
    </message>
    <message>
        <source>Cannot write the login service file {path}: {reason}.</source>
        <translation>无法写入登录服务文件 {path}：{reason}。</translation>
    </message>
    <message>
        <source>The login service is written for Linux (systemd); on macOS see the README (launchd).</source>
        <translation>登录服务是为 Linux（systemd）编写的；在 macOS 上请参阅 README（launchd）。</translation>
    </message>
    <message>
        <source>The catalog {path} is read-only. Make its folder writable.</source>
        <translation>目录库 {path} 是只读的。请使其所在文件夹可写。</translation>
    </message>
    <message>
        <source>The catalog {path} cannot be written.</source>
        <translation>无法写入目录库 {path}。</translation>
    </message>
    <message>
        <source>The catalog {path} stayed locked by another mclip-desktop for too long. Close the other window or command and try again.</source>
        <translation>目录库 {path} 被另一个 mclip-desktop 锁定过久。请关闭另一个窗口或命令后重试。</translation>
    </message>
    <message>
        <source>The data folder {path} is read-only. mclip-desktop keeps its catalog and index there and must be able to write: make it writable.</source>
        <translation>数据文件夹 {path} 是只读的。mclip-desktop 在那里存放目录库和索引，必须能够写入：请使其可写。</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Free some space.</source>
        <translation>存放 {path} 的磁盘已满。请释放一些空间。</translation>
    </message>
    <message>
        <source>Cannot open the catalog {path}. Check that its folder is writable.</source>
        <translation>无法打开目录库 {path}。请检查其所在文件夹是否可写。</translation>
    </message>
    <message>
        <source>The catalog {path} is damaged. A backup made before an upgrade may sit beside it.</source>
        <translation>目录库 {path} 已损坏。它旁边可能有升级前做的备份。</translation>
    </message>
    <message>
        <source>The catalog {path} cannot be used. If the disk is full or read-only, free some space or make it writable.</source>
        <translation>无法使用目录库 {path}。如果磁盘已满或只读，请释放空间或使其可写。</translation>
    </message>
    <message>
        <source>Could not save the search index {path}. The previous index file is kept and is brought up to date from the catalog at the next start; check the data folder.</source>
        <translation>无法保存搜索索引 {path}。原有的索引文件会保留，并在下次启动时根据目录库更新；请检查数据文件夹。</translation>
    </message>
    <message>
        <source>Could not save the search index {path}: the disk is full. The previous index file is kept and is brought up to date from the catalog at the next start; free some space.</source>
        <translation>无法保存搜索索引 {path}：磁盘已满。原有的索引文件会保留，并在下次启动时根据目录库更新；请释放一些空间。</translation>
    </message>
    <message>
        <source>The system ran out of folder watches, so some folders are checked for changes every few seconds instead. To raise the limit on Linux: echo fs.inotify.max_user_watches=524288 | sudo tee /etc/sysctl.d/60-mclip-desktop.conf &amp;&amp; sudo sysctl --system</source>
        <translation>系统的文件夹监视数已用完，部分文件夹改为每隔几秒检查一次变化。在 Linux 上提高上限：echo fs.inotify.max_user_watches=524288 | sudo tee /etc/sysctl.d/60-mclip-desktop.conf &amp;&amp; sudo sysctl --system</translation>
    </message>
    <message>
        <source>The system ran out of folder watchers, so some folders are checked for changes every few seconds instead. To raise the limit on Linux: echo fs.inotify.max_user_instances=1024 | sudo tee /etc/sysctl.d/61-mclip-desktop.conf &amp;&amp; sudo sysctl --system</source>
        <translation>系统的文件夹监视器已用完，部分文件夹改为每隔几秒检查一次变化。在 Linux 上提高上限：echo fs.inotify.max_user_instances=1024 | sudo tee /etc/sysctl.d/61-mclip-desktop.conf &amp;&amp; sudo sysctl --system</translation>
    </message>
    <message>
        <source>Cannot watch {path} for changes; it is checked every few seconds instead.</source>
        <translation>无法监视 {path} 的变化；改为每隔几秒检查一次。</translation>
    </message>
    <message>
        <source>Cannot watch {path}; rescans still find its changes.</source>
        <translation>无法监视 {path}；重新扫描仍能发现其中的变化。</translation>
    </message>
    <message>
        <source>Switching models: the photos were embedded with &apos;{old}&apos; and are now embedded again with &apos;{new}&apos;. Searches use the old vectors until this is complete.</source>
        <translation>正在切换模型：照片原先用 &apos;{old}&apos; 嵌入，现在正用 &apos;{new}&apos; 重新嵌入。完成之前，搜索使用旧的向量。</translation>
    </message>
    <message>
        <source>Switched models: searches now use &apos;{model}&apos;.</source>
        <translation>已切换模型：搜索现在使用 &apos;{model}&apos;。</translation>
    </message>
    <message>
        <source>{path} is back; checking it for changes.</source>
        <translation>{path} 已恢复；正在检查变化。</translation>
    </message>
    <message>
        <source>{path} is not reachable; its photos are kept until it is back.</source>
        <translation>无法访问 {path}；在其恢复之前照片会一直保留。</translation>
    </message>
    <message>
        <source>Indexing stopped: {reason}</source>
        <translation>索引已停止：{reason}</translation>
    </message>
    <message>
        <source>Indexing stopped after an unexpected error.</source>
        <translation>索引因意外错误而停止。</translation>
    </message>
    <message>
        <source>The search index could not be saved: {reason}</source>
        <translation>无法保存搜索索引：{reason}</translation>
    </message>
    <message>
        <source>An album needs a name.</source>
        <translation>相册需要一个名称。</translation>
    </message>
    <message>
        <source>A label of the album &apos;{name}&apos; is empty; give some words.</source>
        <translation>相册 &apos;{name}&apos; 的一个标签为空；请输入一些词语。</translation>
    </message>
    <message>
        <source>The strictness {value} is not a number between 0 (loose) and 1 (strict).</source>
        <translation>严格度 {value} 不是 0（宽松）到 1（严格）之间的数字。</translation>
    </message>
    <message>
        <source>The example photo {path} does not exist or is not a file.</source>
        <translation>示例照片 {path} 不存在或不是文件。</translation>
    </message>
    <message>
        <source>The example photo {path} cannot be read ({why}).</source>
        <translation>无法读取示例照片 {path}（{why}）。</translation>
    </message>
    <message>
        <source>There is no album named &apos;{name}&apos; (albums: {known}).</source>
        <translation>没有名为 &apos;{name}&apos; 的相册（相册：{known}）。</translation>
    </message>
    <message>
        <source>There is no album named &apos;{name}&apos;; there are no albums yet.</source>
        <translation>没有名为 &apos;{name}&apos; 的相册；目前还没有任何相册。</translation>
    </message>
    <message>
        <source>This album no longer exists; it may have been removed meanwhile.</source>
        <translation>此相册已不存在；可能已在此期间被删除。</translation>
    </message>
    <message>
        <source>An album named &apos;{name}&apos; exists already; choose another name or remove it first.</source>
        <translation>名为 &apos;{name}&apos; 的相册已存在；请换一个名称，或先将其删除。</translation>
    </message>
    <message>
        <source>The photo {path} is not in the library.</source>
        <translation>照片 {path} 不在图库中。</translation>
    </message>
    <message>
        <source>{option} {value} is not a date; write it as YYYY-MM-DD.</source>
        <translation>{option} {value} 不是日期；请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Give the folder to export into, or ask for XMP sidecars instead.</source>
        <translation>请指定导出的目标文件夹，或改为要求写入 XMP 附属文件。</translation>
    </message>
    <message>
        <source>{path} exists and is not a folder; choose a folder to export to.</source>
        <translation>{path} 已存在且不是文件夹；请选择一个导出的文件夹。</translation>
    </message>
    <message>
        <source>The folder {path} cannot be written ({why}); choose another folder.</source>
        <translation>无法写入文件夹 {path}（{why}）；请选择其他文件夹。</translation>
    </message>
    <message>
        <source>{count} files could not be written (see above).</source>
        <translation>{count} 个文件无法写入（见上文）。</translation>
    </message>
</context>
<context>
    <name>NewAlbumDialog</name>
    <message>
        <source>New album</source>
        <translation>新建相册</translation>
    </message>
    <message>
        <source>e.g. Beach, 猫, Geburtstag</source>
        <translation>例如：海滩、猫、Geburtstag</translation>
    </message>
    <message>
        <source>Words in any language, one per line (the name when left empty)</source>
        <translation>任意语言的词语，每行一个（留空则用名称）</translation>
    </message>
    <message>
        <source>Add example photos…</source>
        <translation>添加示例照片…</translation>
    </message>
    <message>
        <source>Create album</source>
        <translation>创建相册</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Like these:</source>
        <translation>类似这些：</translation>
    </message>
    <message>
        <source>Example photos</source>
        <translation>示例照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 张照片</translation>
    </message>
    <message>
        <source>{0} photos</source>
        <translation>{0} 张照片</translation>
    </message>
    <message>
        <source>1 photo matches so far</source>
        <translation>目前有 1 张照片匹配</translation>
    </message>
    <message>
        <source>{0} photos match so far</source>
        <translation>目前有 {0} 张照片匹配</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>This photo cannot be shown: {0}</source>
        <translation>无法显示此照片：{0}</translation>
    </message>
    <message>
        <source>{name}  ·  {folder}  ·  {size}  ·  {date}</source>
        <translation>{name}  ·  {folder}  ·  {size}  ·  {date}</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <source>Previous photo (Left)</source>
        <translation>上一张照片（左方向键）</translation>
    </message>
    <message>
        <source>Next photo (Right)</source>
        <translation>下一张照片（右方向键）</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Actual size / fit (Z)</source>
        <translation>实际大小 / 适合窗口 (Z)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>全屏 (F11)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open in the default viewer (Enter)</source>
        <translation>用默认查看器打开（回车）</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Show in the file manager</source>
        <translation>在文件管理器中显示</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>第 {0} 张，共 {1} 张</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>This photo cannot be shown: {0}</source>
        <translation>无法显示此照片：{0}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>{0} × {1} pixels</source>
        <translation>{0} × {1} 像素</translation>
    </message>
    <message>
        <source>{0} (file date)</source>
        <translation>{0}（文件日期）</translation>
    </message>
</context>
<context>
    <name>QueryBar</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>相关度</translation>
    </message>
    <message>
        <source>Order: best match first, or newest first</source>
        <translation>顺序：最佳匹配优先，或最新优先</translation>
    </message>
</context>
<context>
    <name>QueryChip</name>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Excluded: click to include</source>
        <translation>已排除：点击以包含</translation>
    </message>
    <message>
        <source>Included: click to exclude</source>
        <translation>已包含：点击以排除</translation>
    </message>
    <message>
        <source>Remove from the search</source>
        <translation>从搜索中移除</translation>
    </message>
    <message>
        <source>Like this photo: {0}</source>
        <translation>类似这张照片：{0}</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>{name}
score {score:.3f}
{folder}</source>
        <translation>{name}
相似度 {score:.3f}
{folder}</translation>
    </message>
    <message>
        <source>The same photo is also at:</source>
        <translation>同一张照片也位于：</translation>
    </message>
    <message>
        <source>Weaker matches</source>
        <translation>较弱的匹配</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Keep this text as a term of the search (Ctrl+Enter)</source>
        <translation>将此文本保留为搜索词 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Keep as a search term</source>
        <translation>保留为搜索词</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Image model</source>
        <translation>图像模型</translation>
    </message>
    <message>
        <source>Text model</source>
        <translation>文本模型</translation>
    </message>
    <message>
        <source>A Hugging Face model name, or a folder that holds the model</source>
        <translation>Hugging Face 模型名称，或包含该模型的文件夹</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <source>Choose a folder that holds the model</source>
        <translation>选择包含该模型的文件夹</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>计算设备</translation>
    </message>
    <message>
        <source>A new device applies at the next start.</source>
        <translation>新的计算设备将在下次启动时生效。</translation>
    </message>
    <message>
        <source>Background indexing</source>
        <translation>后台索引</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>线程数</translation>
    </message>
    <message>
        <source>Fewer threads leave more of the computer to other work</source>
        <translation>线程越少，留给其他工作的计算资源越多</translation>
    </message>
    <message>
        <source>Pause while on battery power</source>
        <translation>使用电池供电时暂停</translation>
    </message>
    <message>
        <source>This computer does not report a battery</source>
        <translation>此计算机未报告电池</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>Choose a folder that holds a model</source>
        <translation>选择包含模型的文件夹</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Library and folders</source>
        <translation>图库和文件夹</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>图库</translation>
    </message>
    <message>
        <source>Every photo, newest first</source>
        <translation>所有照片，最新的在前</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Albums</source>
        <translation>相册</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复项</translation>
    </message>
    <message>
        <source>{0} (offline)</source>
        <translation>{0}（离线）</translation>
    </message>
    <message>
        <source>Not reachable: its photos stay in the index.</source>
        <translation>无法访问：其中的照片仍保留在索引中。</translation>
    </message>
    <message>
        <source>· indexing, {0} left</source>
        <translation>· 正在索引，剩余 {0}</translation>
    </message>
    <message>
        <source>Click to look for copies of the same photo.</source>
        <translation>点击以查找同一张照片的副本。</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Exclude a subfolder…</source>
        <translation>排除子文件夹…</translation>
    </message>
    <message>
        <source>Remove folder…</source>
        <translation>移除文件夹…</translation>
    </message>
    <message>
        <source>Groups of copies of the same photo: {0}. Click to review them.</source>
        <translation>同一张照片的副本组：{0}。点击查看。</translation>
    </message>
    <message>
        <source>New album…</source>
        <translation>新建相册…</translation>
    </message>
    <message>
        <source>Edit album…</source>
        <translation>编辑相册…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Remove album…</source>
        <translation>删除相册…</translation>
    </message>
</context>
<context>
    <name>SidebarPane</name>
    <message>
        <source>Add a folder of photos (Ctrl+O)</source>
        <translation>添加照片文件夹 (Ctrl+O)</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>添加文件夹</translation>
    </message>
</context>
</TS>
