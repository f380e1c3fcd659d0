<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AlbumsPanel</name>
    <message>
        <source>New album…</source>
        <translation>新しいアルバム…</translation>
    </message>
    <message>
        <source>Remove album</source>
        <translation>アルバムを削除</translation>
    </message>
    <message>
        <source>Loose: more photos. Strict: only the clearest matches.</source>
        <translation>ゆるい: より多くの写真。厳しい: 最も明確な一致のみ。</translation>
    </message>
    <message>
        <source>Loose</source>
        <translation>ゆるい</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>厳しい</translation>
    </message>
    <message>
        <source>Albums</source>
        <translation>アルバム</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 枚の写真</translation>
    </message>
    <message>
        <source>{0} photos</source>
        <translation>{0} 枚の写真</translation>
    </message>
    <message>
        <source>New album</source>
        <translation>新しいアルバム</translation>
    </message>
    <message>
        <source>Not in this album</source>
        <translation>このアルバムから外す</translation>
    </message>
    <message>
        <source>Always in this album</source>
        <translation>常にこのアルバムに入れる</translation>
    </message>
    <message>
        <source>Back to automatic</source>
        <translation>自動に戻す</translation>
    </message>
</context>
<context>
    <name>AlbumsWindow</name>
    <message>
        <source>Albums</source>
        <translation>アルバム</translation>
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
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>The new language applies the next time mclip-desktop starts.</source>
        <translation>新しい言語は、次に mclip-desktop を起動したときに適用されます。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading the models…</source>
        <translation>モデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Searching by this image; click to remove it</source>
        <translation>この画像で検索しています。クリックすると解除します</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
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
        <source>&amp;Albums…</source>
        <translation>アルバム(&amp;A)…</translation>
    </message>
    <message>
        <source>The search failed: {0}</source>
        <translation>検索に失敗しました: {0}</translation>
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
        <source>Add a folder of photos</source>
        <translation>写真のフォルダーを追加</translation>
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
        <source>Downloading {model}: {done:.0f} of {total:.0f} MB (first use only)</source>
        <translation>{model} をダウンロード中: {done:.0f} / {total:.0f} MB（初回のみ）</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
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
        <source>No results</source>
        <translation>結果はありません</translation>
    </message>
    <message>
        <source>No indexed photo matches yet.</source>
        <translation>一致するインデックス済みの写真はまだありません。</translation>
    </message>
    <message>
        <source>1 photo ready to search</source>
        <translation>1 枚の写真を検索できます</translation>
    </message>
    <message>
        <source>{0} photos ready to search</source>
        <translation>{0} 枚の写真を検索できます</translation>
    </message>
    <message>
        <source>Type what you are looking for in any language, or drop a photo here.</source>
        <translation>探しているものをどの言語でも入力するか、ここに写真をドロップしてください。</translation>
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
    <name>NewAlbumDialog</name>
    <message>
        <source>New album</source>
        <translation>新しいアルバム</translation>
    </message>
    <message>
        <source>e.g. Beach, 猫, Geburtstag</source>
        <translation>例: 海, 猫, Geburtstag</translation>
    </message>
    <message>
        <source>Words in any language, one per line (the name when left empty)</source>
        <translation>任意の言語の言葉を1行に1つ（空欄なら名前）</translation>
    </message>
    <message>
        <source>Add example photos…</source>
        <translation>例の写真を追加…</translation>
    </message>
    <message>
        <source>Create album</source>
        <translation>アルバムを作成</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>ラベル:</translation>
    </message>
    <message>
        <source>Like these:</source>
        <translation>これらに似た写真:</translation>
    </message>
    <message>
        <source>Example photos</source>
        <translation>例の写真</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>画像 (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 枚の写真</translation>
    </message>
    <message>
        <source>{0} photos</source>
        <translation>{0} 枚の写真</translation>
    </message>
    <message>
        <source>1 photo matches so far</source>
        <translation>今のところ 1 枚が一致</translation>
    </message>
    <message>
        <source>{0} photos match so far</source>
        <translation>今のところ {0} 枚が一致</translation>
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
</TS>
