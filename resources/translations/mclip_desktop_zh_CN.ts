<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
</context>
<context>
    <name>Engine</name>
    <message>
        <source>The model download was cancelled.</source>
        <translation>模型下载已取消。</translation>
    </message>
    <message>
        <source>The models could not be loaded: {0}</source>
        <translation>无法加载模型：{0}</translation>
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
    <name>ImageChip</name>
    <message>
        <source>Stop searching by this photo</source>
        <translation>停止按此照片搜索</translation>
    </message>
    <message>
        <source>Remove the example photo</source>
        <translation>移除示例照片</translation>
    </message>
    <message>
        <source>Searching by this photo: {0}</source>
        <translation>正在按此照片搜索：{0}</translation>
    </message>
    <message>
        <source>Example photo {0}</source>
        <translation>示例照片 {0}</translation>
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
        <source>Jump to date</source>
        <translation>跳转到日期</translation>
    </message>
    <message>
        <source>Jump to a month (Ctrl+J)</source>
        <translation>跳转到某个月 (Ctrl+J)</translation>
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
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
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
        <source>Copy &amp;to…</source>
        <translation>复制到(&amp;T)…</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>移到回收站(&amp;T)</translation>
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
        <source>&amp;Jump to date…</source>
        <translation>跳转到日期(&amp;J)…</translation>
    </message>
    <message>
        <source>The search failed: {0}</source>
        <translation>搜索失败：{0}</translation>
    </message>
    <message>
        <source>Stopped searching by {0}</source>
        <translation>已停止按 {0} 搜索</translation>
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
        <source>Add a folder of photos</source>
        <translation>添加照片文件夹</translation>
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
        <source>Watching {0}</source>
        <translation>正在监视 {0}</translation>
    </message>
    <message>
        <source>Choose a folder that holds a model</source>
        <translation>选择包含模型的文件夹</translation>
    </message>
    <message>
        <source>Search your photos, in any language…</source>
        <translation>用任何语言搜索你的照片…</translation>
    </message>
    <message>
        <source>The models are not available</source>
        <translation>模型不可用</translation>
    </message>
    <message>
        <source>Indexing paused while on battery power</source>
        <translation>使用电池供电时已暂停索引</translation>
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
    <name>ResultsModel</name>
    <message>
        <source>{name}
score {score:.3f}
{folder}</source>
        <translation>{name}
相似度 {score:.3f}
{folder}</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
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
