<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>EmptyState</name>
    <message>
        <source>Choose model folder…</source>
        <translation>モデルのフォルダーを選択…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>フォルダーを選択…</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>{0} を追加</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>別のフォルダーを選択…</translation>
    </message>
    <message>
        <source>No folders yet</source>
        <translation>フォルダーがまだありません</translation>
    </message>
    <message>
        <source>Choose the folders that hold your photos. Nothing leaves this computer.</source>
        <translation>写真が入っているフォルダーを選んでください。データがこのコンピューターの外に送られることはありません。</translation>
    </message>
    <message>
        <source>You can also drop a folder onto this window.</source>
        <translation>フォルダーをこのウィンドウにドロップすることもできます。</translation>
    </message>
    <message>
        <source>Indexing {done} of {total} photos</source>
        <translation>写真のインデックスを作成中: {done} / {total} 枚</translation>
    </message>
    <message>
        <source>You can search already: new photos join the results as they are indexed.</source>
        <translation>もう検索できます。新しい写真はインデックスが作成されしだい結果に加わります。</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>写真を探しています…</translation>
    </message>
    <message>
        <source>Indexing starts in a moment; the window stays usable meanwhile.</source>
        <translation>まもなくインデックスの作成が始まります。その間もウィンドウは使えます。</translation>
    </message>
    <message>
        <source>Loading the models; your search runs as soon as they are ready…</source>
        <translation>モデルを読み込んでいます。準備ができしだい検索を実行します…</translation>
    </message>
    <message>
        <source>No indexed photo in {0} matches yet.</source>
        <translation>{0} のインデックス済みの写真には、まだ一致するものがありません。</translation>
    </message>
    <message>
        <source>No indexed photo matches yet.</source>
        <translation>一致するインデックス済みの写真はまだありません。</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>結果はありません</translation>
    </message>
    <message>
        <source>{0} holds no photos that could be read.</source>
        <translation>{0} には読み込める写真がありません。</translation>
    </message>
    <message>
        <source>The watched folders hold no photos that could be read.</source>
        <translation>監視中のフォルダーには読み込める写真がありません。</translation>
    </message>
    <message>
        <source>No photos here yet</source>
        <translation>まだ写真がありません</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>The model download was cancelled.</source>
        <translation>モデルのダウンロードをキャンセルしました。</translation>
    </message>
    <message>
        <source>The models could not be loaded: {0}</source>
        <translation>モデルを読み込めませんでした: {0}</translation>
    </message>
</context>
<context>
    <name>FailuresDialog</name>
    <message>
        <source>Files that could not be read</source>
        <translation>読み込めなかったファイル</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>These files are skipped until they change. Nothing else is affected.</source>
        <translation>これらのファイルは変更されるまでスキップされます。ほかには影響しません。</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Cannot open {0}: the file is no longer there.</source>
        <translation>{0} を開けません: ファイルがもうありません。</translation>
    </message>
    <message>
        <source>No application could open {0}. Is a default image viewer set?</source>
        <translation>{0} を開けるアプリケーションがありません。既定の画像ビューアーは設定されていますか?</translation>
    </message>
    <message>
        <source>Cannot show {0}: the folder is no longer there.</source>
        <translation>{0} を表示できません: フォルダーがもうありません。</translation>
    </message>
    <message>
        <source>No file manager could show {0}. Is a default file manager set?</source>
        <translation>{0} を表示できるファイルマネージャーがありません。既定のファイルマネージャーは設定されていますか?</translation>
    </message>
</context>
<context>
    <name>FoldersDialog</name>
    <message>
        <source>Watched folders</source>
        <translation>監視中のフォルダー</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>フォルダーを追加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Photos in these folders and their subfolders are searchable.</source>
        <translation>これらのフォルダーとそのサブフォルダーにある写真を検索できます。</translation>
    </message>
    <message>
        <source>{0}  (not reachable)</source>
        <translation>{0}（アクセスできません）</translation>
    </message>
    <message>
        <source>Cannot add folder</source>
        <translation>フォルダーを追加できません</translation>
    </message>
    <message>
        <source>Add a folder of photos</source>
        <translation>写真のフォルダーを追加</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <source>Photos</source>
        <translation>写真</translation>
    </message>
</context>
<context>
    <name>ImageChip</name>
    <message>
        <source>Stop searching by this photo</source>
        <translation>この写真での検索をやめる</translation>
    </message>
    <message>
        <source>Remove the example photo</source>
        <translation>例の写真を外す</translation>
    </message>
    <message>
        <source>Searching by this photo: {0}</source>
        <translation>この写真で検索中: {0}</translation>
    </message>
    <message>
        <source>Example photo {0}</source>
        <translation>例の写真 {0}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
</context>
<context>
    <name>LibraryStatusBar</name>
    <message>
        <source>Pause indexing</source>
        <translation>インデックス作成を一時停止</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the model download</source>
        <translation>モデルのダウンロードを取り消す</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Downloading {model}: {done:.0f} of {total:.0f} MB (first use only)</source>
        <translation>{model} をダウンロード中: {done:.0f} / {total:.0f} MB（初回のみ）</translation>
    </message>
    <message>
        <source>Resume indexing</source>
        <translation>インデックス作成を再開</translation>
    </message>
    <message>
        <source>1 unreadable file</source>
        <translation>読み込めないファイル 1 件</translation>
    </message>
    <message>
        <source>{0} unreadable files</source>
        <translation>読み込めないファイル {0} 件</translation>
    </message>
    <message>
        <source>Indexing {done} of {total}</source>
        <translation>インデックス作成中: {done} / {total}</translation>
    </message>
    <message>
        <source> · {rate:.1f} photos/s</source>
        <translation> · {rate:.1f} 枚/秒</translation>
    </message>
    <message>
        <source> · {0} left</source>
        <translation> · 残り {0}</translation>
    </message>
    <message>
        <source>1 photo searchable</source>
        <translation>検索できる写真: 1 枚</translation>
    </message>
    <message>
        <source>{0} photos searchable</source>
        <translation>検索できる写真: {0} 枚</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} 秒</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} 分</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} 時間</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading the models…</source>
        <translation>モデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Jump to date</source>
        <translation>日付へ移動</translation>
    </message>
    <message>
        <source>Jump to a month (Ctrl+J)</source>
        <translation>月へ移動 (Ctrl+J)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>フォルダーを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Watched folders…</source>
        <translation>監視中のフォルダー(&amp;W)…</translation>
    </message>
    <message>
        <source>Choose &amp;model folder…</source>
        <translation>モデルのフォルダーを選択(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Paste image as query</source>
        <translation>画像を貼り付けて検索(&amp;P)</translation>
    </message>
    <message>
        <source>Copy &amp;to…</source>
        <translation>コピー先(&amp;T)…</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>ゴミ箱へ移動(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Larger thumbnails</source>
        <translation>サムネイルを大きく(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller thumbnails</source>
        <translation>サムネイルを小さく(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Jump to date…</source>
        <translation>日付へ移動(&amp;J)…</translation>
    </message>
    <message>
        <source>The search failed: {0}</source>
        <translation>検索に失敗しました: {0}</translation>
    </message>
    <message>
        <source>Stopped searching by {0}</source>
        <translation>{0} での検索をやめました</translation>
    </message>
    <message>
        <source>Fetching the dropped image…</source>
        <translation>ドロップされた画像を取得しています…</translation>
    </message>
    <message>
        <source>Cannot copy {0}: it cannot be read.</source>
        <translation>{0} をコピーできません: ファイルを読み込めません。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーで表示</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>画像をコピー</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>パスをコピー</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>似ている写真を検索</translation>
    </message>
    <message>
        <source>Copy to…</source>
        <translation>コピー先…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>ゴミ箱へ移動</translation>
    </message>
    <message>
        <source>Copy the photos to</source>
        <translation>写真のコピー先</translation>
    </message>
    <message>
        <source>Copied {0} of {1} photos to {2}</source>
        <translation>{1} 枚中 {0} 枚の写真を {2} にコピーしました</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Could not move {0} to the trash: {1}</source>
        <translation>{0} をゴミ箱へ移動できませんでした: {1}</translation>
    </message>
    <message>
        <source>Moved {0} photos to the trash</source>
        <translation>{0} 枚の写真をゴミ箱へ移動しました</translation>
    </message>
    <message>
        <source>Add a folder of photos</source>
        <translation>写真のフォルダーを追加</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>フォルダーを削除</translation>
    </message>
    <message>
        <source>Stop watching {0}?

Its photos leave the index and no longer show up here or in searches. The files themselves stay on disk.</source>
        <translation>{0} の監視をやめますか?

その写真はインデックスから外れ、ここにも検索結果にも表示されなくなります。ファイル自体はディスクに残ります。</translation>
    </message>
    <message>
        <source>Exclude a subfolder from the index</source>
        <translation>サブフォルダーをインデックスから除外</translation>
    </message>
    <message>
        <source>Photos in {0} are left out of the index</source>
        <translation>{0} の写真はインデックスから除外されます</translation>
    </message>
    <message>
        <source>Watching {0}</source>
        <translation>{0} を監視しています</translation>
    </message>
    <message>
        <source>Choose a folder that holds a model</source>
        <translation>モデルが入っているフォルダーを選択</translation>
    </message>
    <message>
        <source>Search your photos, in any language…</source>
        <translation>写真を検索（どの言語でも）…</translation>
    </message>
    <message>
        <source>The models are not available</source>
        <translation>モデルを利用できません</translation>
    </message>
    <message>
        <source>Indexing paused while on battery power</source>
        <translation>バッテリー駆動中はインデックス作成を一時停止しています</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>This photo cannot be shown: {0}</source>
        <translation>この写真を表示できません: {0}</translation>
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
        <translation>前の写真 (←)</translation>
    </message>
    <message>
        <source>Next photo (Right)</source>
        <translation>次の写真 (→)</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Actual size / fit (Z)</source>
        <translation>実寸 / 全体表示 (Z)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全画面</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>全画面 (F11)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open in the default viewer (Enter)</source>
        <translation>既定のビューアーで開く (Enter)</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーで表示</translation>
    </message>
    <message>
        <source>Show in the file manager</source>
        <translation>ファイルマネージャーで表示</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>撮影日時</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>ファイルサイズ</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>This photo cannot be shown: {0}</source>
        <translation>この写真を表示できません: {0}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>{0} × {1} pixels</source>
        <translation>{0} × {1} ピクセル</translation>
    </message>
    <message>
        <source>{0} (file date)</source>
        <translation>{0} (ファイルの日付)</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>{name}
score {score:.3f}
{folder}</source>
        <translation>{name}
類似度 {score:.3f}
{folder}</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Image model</source>
        <translation>画像モデル</translation>
    </message>
    <message>
        <source>Text model</source>
        <translation>テキストモデル</translation>
    </message>
    <message>
        <source>A Hugging Face model name, or a folder that holds the model</source>
        <translation>Hugging Face のモデル名、またはモデルを含むフォルダー</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>フォルダー…</translation>
    </message>
    <message>
        <source>Choose a folder that holds the model</source>
        <translation>モデルを含むフォルダーを選択</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
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
        <translation>デバイス</translation>
    </message>
    <message>
        <source>A new device applies at the next start.</source>
        <translation>デバイスの変更は次回の起動から有効になります。</translation>
    </message>
    <message>
        <source>Background indexing</source>
        <translation>バックグラウンドでのインデックス作成</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>スレッド数</translation>
    </message>
    <message>
        <source>Fewer threads leave more of the computer to other work</source>
        <translation>スレッドを減らすと、ほかの作業にコンピューターを多く残せます</translation>
    </message>
    <message>
        <source>Pause while on battery power</source>
        <translation>バッテリー駆動中は一時停止</translation>
    </message>
    <message>
        <source>This computer does not report a battery</source>
        <translation>このコンピューターはバッテリーを報告していません</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>インターフェース</translation>
    </message>
    <message>
        <source>Choose a folder that holds a model</source>
        <translation>モデルが入っているフォルダーを選択</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Library and folders</source>
        <translation>ライブラリとフォルダー</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Every photo, newest first</source>
        <translation>すべての写真 (新しい順)</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Albums</source>
        <translation>アルバム</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>{0} (offline)</source>
        <translation>{0} (オフライン)</translation>
    </message>
    <message>
        <source>Not reachable: its photos stay in the index.</source>
        <translation>アクセスできません: 写真はインデックスに残ります。</translation>
    </message>
    <message>
        <source>· indexing, {0} left</source>
        <translation>· インデックス作成中、残り {0}</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>フォルダーを追加…</translation>
    </message>
    <message>
        <source>Exclude a subfolder…</source>
        <translation>サブフォルダーを除外…</translation>
    </message>
    <message>
        <source>Remove folder…</source>
        <translation>フォルダーを削除…</translation>
    </message>
</context>
<context>
    <name>SidebarPane</name>
    <message>
        <source>Add a folder of photos (Ctrl+O)</source>
        <translation>写真のフォルダーを追加 (Ctrl+O)</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>フォルダーを追加</translation>
    </message>
</context>
</TS>
