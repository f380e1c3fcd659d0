<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The new language applies the next time mclip-desktop starts.</source>
        <translation>新语言将在下次启动 mclip-desktop 时生效。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading the models…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>Searching by this image; click to remove it</source>
        <translation>正在以此图片搜索；点击即可移除</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
        <source>&amp;Albums…</source>
        <translation>相册(&amp;A)…</translation>
    </message>
    <message>
        <source>The search failed: {0}</source>
        <translation>搜索失败：{0}</translation>
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
        <source>Add a folder of photos</source>
        <translation>添加照片文件夹</translation>
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
        <source>Downloading {model}: {done:.0f} of {total:.0f} MB (first use only)</source>
        <translation>正在下载 {model}：{done:.0f} / {total:.0f} MB（仅首次使用时）</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
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
        <source>No results</source>
        <translation>没有结果</translation>
    </message>
    <message>
        <source>No indexed photo matches yet.</source>
        <translation>目前还没有匹配的已索引照片。</translation>
    </message>
    <message>
        <source>1 photo ready to search</source>
        <translation>1 张照片可供搜索</translation>
    </message>
    <message>
        <source>{0} photos ready to search</source>
        <translation>{0} 张照片可供搜索</translation>
    </message>
    <message>
        <source>Type what you are looking for in any language, or drop a photo here.</source>
        <translation>用任何语言输入你要找的内容，或将照片拖放到这里。</translation>
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
</TS>
