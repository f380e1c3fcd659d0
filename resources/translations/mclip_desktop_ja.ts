<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AlbumsController</name>
    <message>
        <source>Edit album</source>
        <translation>アルバムを編集</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Remove album</source>
        <translation>アルバムを削除</translation>
    </message>
    <message>
        <source>Remove the album {0}? Its photos stay where they are.</source>
        <translation>アルバム「{0}」を削除しますか？写真はそのまま残ります。</translation>
    </message>
    <message>
        <source>Removed the album {0}</source>
        <translation>アルバム「{0}」を削除しました</translation>
    </message>
    <message>
        <source>Copy the photos of {0} to</source>
        <translation>「{0}」の写真のコピー先</translation>
    </message>
    <message>
        <source>Copied {0} photos of {1} to {2}</source>
        <translation>「{1}」の写真 {0} 枚を {2} にコピーしました</translation>
    </message>
    <message>
        <source>{0} already there, {1} failed</source>
        <translation>{0} 枚は既存、{1} 枚は失敗</translation>
    </message>
</context>
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
    <name>Cli</name>
    <message>
        <source>Downloading the model {model} (first use only)…</source>
        <translation>モデル {model} をダウンロードしています（初回のみ）…</translation>
    </message>
    <message>
        <source>No folders are watched yet: run &apos;mclip-desktop index FOLDER&apos;.</source>
        <translation>監視中のフォルダーはまだありません。&apos;mclip-desktop index フォルダー&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>{path} を読み込めませんでした: {reason}</translation>
    </message>
    <message>
        <source>The folder {path} is not reachable; its photos are kept.</source>
        <translation>フォルダー {path} にアクセスできません。写真はそのまま保持されます。</translation>
    </message>
    <message>
        <source>{indexed} photos searchable: {embedded} newly embedded, {reused} moved or duplicates, {removed} removed, {failed} could not be read ({seconds} s).</source>
        <translation>検索できる写真 {indexed} 枚: 新規処理 {embedded} 枚、移動または重複 {reused} 枚、削除 {removed} 枚、読み込めなかった写真 {failed} 枚（{seconds} 秒）。</translation>
    </message>
    <message>
        <source>-n must be a positive number of results.</source>
        <translation>-n には正の結果件数を指定してください。</translation>
    </message>
    <message>
        <source>A search needs a term to look for, not only terms to avoid.</source>
        <translation>検索には、避ける語だけでなく探す語が必要です。</translation>
    </message>
    <message>
        <source>{option} {value}: not a date; write it as YYYY-MM-DD.</source>
        <translation>{option} {value}: 日付ではありません。YYYY-MM-DD の形式で書いてください。</translation>
    </message>
    <message>
        <source>--after {first} is later than --before {last}: no day is in between.</source>
        <translation>--after {first} が --before {last} より後です。その間に日がありません。</translation>
    </message>
    <message>
        <source>--type {type}: unknown file type; use one of {types}.</source>
        <translation>--type {type}: 不明なファイル形式です。{types} のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>--sort {sort}: sort by &apos;relevance&apos; or &apos;date&apos;.</source>
        <translation>--sort {sort}: &apos;relevance&apos; か &apos;date&apos; で並べ替えてください。</translation>
    </message>
    <message>
        <source>--folder {path} is not a watched folder or inside one. &apos;mclip-desktop folders list&apos; shows them.</source>
        <translation>--folder {path} は監視中のフォルダーでも、その中のフォルダーでもありません。&apos;mclip-desktop folders list&apos; で一覧できます。</translation>
    </message>
    <message>
        <source>No photos indexed yet: run &apos;mclip-desktop index FOLDER&apos; first.</source>
        <translation>まだ写真がインデックスされていません。先に &apos;mclip-desktop index フォルダー&apos; を実行してください。</translation>
    </message>
    <message>
        <source>No matching photos.</source>
        <translation>一致する写真はありません。</translation>
    </message>
    <message>
        <source>{count} weaker matches not shown (use -n to see more).</source>
        <translation>弱い一致 {count} 件は表示していません（-n で表示できます）。</translation>
    </message>
    <message>
        <source>Searching with &apos;{old}&apos;, the model this library&apos;s photos are embedded with; &apos;{new}&apos; (from {source}) takes over once &apos;mclip-desktop index&apos; has embedded them again.</source>
        <translation>このライブラリの写真を埋め込んだモデル &apos;{old}&apos; で検索しています。&apos;mclip-desktop index&apos; で埋め込み直すと &apos;{new}&apos;（{source} による指定）に切り替わります。</translation>
    </message>
    <message>
        <source>Watching {path}. Run &apos;mclip-desktop index&apos; to index it.</source>
        <translation>{path} を監視しています。インデックスを作るには &apos;mclip-desktop index&apos; を実行してください。</translation>
    </message>
    <message>
        <source>No longer watching {path}; its photos left the index.</source>
        <translation>{path} の監視をやめました。その写真はインデックスから外されました。</translation>
    </message>
    <message>
        <source>{path}  {files} files</source>
        <translation>{path}  {files} 件のファイル</translation>
    </message>
    <message>
        <source>{path}  {files} files  (offline)</source>
        <translation>{path}  {files} 件のファイル  （オフライン）</translation>
    </message>
    <message>
        <source>{indexed} photos searchable, {pending} waiting, {failed} could not be read.</source>
        <translation>検索できる写真 {indexed} 枚、待機中 {pending} 枚、読み込めなかった写真 {failed} 枚。</translation>
    </message>
    <message>
        <source>{path}  ({files} files, online)</source>
        <translation>{path}  （{files} 件のファイル、オンライン）</translation>
    </message>
    <message>
        <source>{path}  ({files} files, offline)</source>
        <translation>{path}  （{files} 件のファイル、オフライン）</translation>
    </message>
    <message>
        <source>could not read {path}: {reason}</source>
        <translation>{path} を読み込めません: {reason}</translation>
    </message>
    <message>
        <source>… and {count} more (see status --json)</source>
        <translation>… ほか {count} 件（status --json を参照）</translation>
    </message>
    <message>
        <source>Models: image {image}, text {text_model}</source>
        <translation>モデル: 画像 {image}、テキスト {text_model}</translation>
    </message>
    <message>
        <source>switching to {model}: {count} photo(s) still to embed (run &apos;mclip-desktop index&apos;)</source>
        <translation>{model} に切り替え中: あと {count} 枚の写真を埋め込みます（&apos;mclip-desktop index&apos; を実行してください）</translation>
    </message>
    <message>
        <source>Data: {path}</source>
        <translation>データ: {path}</translation>
    </message>
    <message>
        <source>No folders are watched yet: run &apos;mclip-desktop watch FOLDER&apos;.</source>
        <translation>監視中のフォルダーはまだありません。&apos;mclip-desktop watch フォルダー&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Watching {count} folder(s); press Ctrl-C to stop.</source>
        <translation>{count} 個のフォルダーを監視しています。Ctrl-C で停止します。</translation>
    </message>
    <message>
        <source>Watching stopped after an error (see the messages above).</source>
        <translation>エラーのため監視を停止しました（上のメッセージを参照）。</translation>
    </message>
    <message>
        <source>Removed the login service {unit}.</source>
        <translation>ログインサービス {unit} を削除しました。</translation>
    </message>
    <message>
        <source>The login service {name} runs &apos;{command}&apos; now and at each login; &apos;systemctl --user status {name}&apos; shows it.</source>
        <translation>ログインサービス {name} は今とログインのたびに &apos;{command}&apos; を実行します。&apos;systemctl --user status {name}&apos; で確認できます。</translation>
    </message>
    <message>
        <source>Wrote {unit}. Start it with: systemctl --user enable --now {name}</source>
        <translation>{unit} を書き込みました。次のコマンドで開始します: systemctl --user enable --now {name}</translation>
    </message>
    <message>
        <source>The desktop app cannot start: a part of it is missing. Reinstall mclip-desktop with its dependencies, or use the command line (see &apos;mclip-desktop --help&apos;).</source>
        <translation>デスクトップアプリを起動できません。一部が欠けています。mclip-desktop を依存パッケージごと再インストールするか、コマンドラインを使ってください（&apos;mclip-desktop --help&apos; を参照）。</translation>
    </message>
    <message>
        <source>stopped. Work finished so far is kept.</source>
        <translation>停止しました。ここまでの処理結果は保持されます。</translation>
    </message>
</context>
<context>
    <name>CliMessages</name>
    <message>
        <source>Point {flag} at the folder that holds modules.json.</source>
        <translation>{flag} で modules.json を含むフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>Check {flag}.</source>
        <translation>{flag} を確認してください。</translation>
    </message>
    <message>
        <source>Give a local folder with {flag} FOLDER.</source>
        <translation>{flag} フォルダー でローカルのフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>Give another folder with {flag} FOLDER.</source>
        <translation>{flag} フォルダー で別のフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>Check --text-model and --image-model.</source>
        <translation>--text-model と --image-model を確認してください。</translation>
    </message>
    <message>
        <source>&apos;mclip-desktop folders list&apos; shows them.</source>
        <translation>一覧は &apos;mclip-desktop folders list&apos; で表示できます。</translation>
    </message>
    <message>
        <source>Run &apos;mclip-desktop index FOLDER&apos; first.</source>
        <translation>先に &apos;mclip-desktop index フォルダー&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Or use another --data-dir.</source>
        <translation>または別の --data-dir を使ってください。</translation>
    </message>
    <message>
        <source>Or choose another with --data-dir.</source>
        <translation>または --data-dir で別の場所を選んでください。</translation>
    </message>
    <message>
        <source>Run &apos;mclip-desktop check&apos; to see what is wrong.</source>
        <translation>&apos;mclip-desktop check&apos; を実行すると問題点を確認できます。</translation>
    </message>
    <message>
        <source>Or choose another with --data-dir (or MCLIP_DATA_DIR).</source>
        <translation>または --data-dir（または MCLIP_DATA_DIR）で別の場所を選んでください。</translation>
    </message>
    <message>
        <source>Or choose another --data-dir.</source>
        <translation>または別の --data-dir を選んでください。</translation>
    </message>
    <message>
        <source>Run &apos;mclip-desktop watch&apos; again to resume.</source>
        <translation>再開するには &apos;mclip-desktop watch&apos; をもう一度実行してください。</translation>
    </message>
</context>
<context>
    <name>DateRangePanel</name>
    <message>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>終了日</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>mclip-desktop cannot start</source>
        <translation>mclip-desktop を起動できません</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Duplicates</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>重複を探しています…</translation>
    </message>
    <message>
        <source>Also show similar shots (bursts)</source>
        <translation>似た写真（連写）も表示</translation>
    </message>
    <message>
        <source>Zoom in to compare</source>
        <translation>拡大して比較</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>もう一度探す</translation>
    </message>
    <message>
        <source>Keep selected, move the others to the trash</source>
        <translation>選択したものを残し、他をゴミ箱へ移動</translation>
    </message>
    <message>
        <source>Do this for all groups</source>
        <translation>すべてのグループで実行</translation>
    </message>
    <message>
        <source>Exact copies</source>
        <translation>完全なコピー</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Similar shots</source>
        <translation>似た写真</translation>
    </message>
    <message>
        <source>{0} groups; {1} files can go to the trash.</source>
        <translation>{0} グループ、{1} ファイルをゴミ箱へ移動できます。</translation>
    </message>
    <message>
        <source>No duplicates among {0} photos.</source>
        <translation>{0} 枚の写真に重複はありません。</translation>
    </message>
    <message>
        <source>Could not look for duplicates: {0}</source>
        <translation>重複を探せませんでした: {0}</translation>
    </message>
    <message>
        <source>highest resolution ({0} × {1})</source>
        <translation>最高解像度 ({0} × {1})</translation>
    </message>
    <message>
        <source>least compression</source>
        <translation>圧縮が最も少ない</translation>
    </message>
    <message>
        <source>has camera metadata (EXIF)</source>
        <translation>カメラのメタデータ (EXIF) あり</translation>
    </message>
    <message>
        <source>oldest file</source>
        <translation>最も古いファイル</translation>
    </message>
    <message>
        <source>all copies are alike; the first by name</source>
        <translation>すべて同じコピーです。名前順で最初のもの</translation>
    </message>
    <message>
        <source>Suggested: keep {0} — {1}.</source>
        <translation>おすすめ: {0} を残す — {1}。</translation>
    </message>
    <message>
        <source>Moved {0} files to the trash.</source>
        <translation>{0} ファイルをゴミ箱へ移動しました。</translation>
    </message>
    <message>
        <source>Skipped {0} groups: {1}</source>
        <translation>{0} グループをスキップしました: {1}</translation>
    </message>
</context>
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
        <source>Looking for the models…</source>
        <translation>モデルを探しています…</translation>
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
    <message>
        <source>Show {0} weaker matches</source>
        <translation>弱い一致を {0} 件表示</translation>
    </message>
    <message>
        <source>No close matches</source>
        <translation>近い一致はありません</translation>
    </message>
    <message>
        <source>No photo matches the filters.</source>
        <translation>フィルターに合う写真はありません。</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>No photos here</source>
        <translation>ここには写真がありません</translation>
    </message>
    <message>
        <source>No photo of the album {0} matches.</source>
        <translation>アルバム「{0}」に一致する写真はありません。</translation>
    </message>
    <message>
        <source>No photo matches {0} yet. Right-click the album to edit its labels, or add photos like the ones you want.</source>
        <translation>「{0}」に一致する写真はまだありません。アルバムを右クリックしてラベルを編集するか、見本の写真を追加してください。</translation>
    </message>
    <message>
        <source>This album is empty</source>
        <translation>このアルバムは空です</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>The model download was cancelled.</source>
        <translation>モデルのダウンロードをキャンセルしました。</translation>
    </message>
    <message>
        <source>The model {0} could not be loaded.</source>
        <translation>モデル {0} を読み込めませんでした。</translation>
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
    <name>FilterBar</name>
    <message>
        <source>Only photos in this folder</source>
        <translation>このフォルダーの写真のみ</translation>
    </message>
    <message>
        <source>Only photos taken in these days</source>
        <translation>この期間に撮影された写真のみ</translation>
    </message>
    <message>
        <source>Only photos of these file types</source>
        <translation>これらのファイル形式の写真のみ</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>Show photos of every folder, date and type</source>
        <translation>すべてのフォルダー・日付・形式の写真を表示</translation>
    </message>
    <message>
        <source>All folders</source>
        <translation>すべてのフォルダー</translation>
    </message>
    <message>
        <source>From {0}</source>
        <translation>{0} 以降</translation>
    </message>
    <message>
        <source>Until {0}</source>
        <translation>{0} まで</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>すべての日付</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>すべての形式</translation>
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
    <name>GuiMessages</name>
    <message>
        <source>Choose the folder that holds modules.json.</source>
        <translation>modules.json を含むフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Choose the folder where the model is now.</source>
        <translation>モデルが現在あるフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Choose a folder that holds the model instead.</source>
        <translation>代わりに、モデルを含むフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Choose the folder of a CLIP image model.</source>
        <translation>CLIP 画像モデルのフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Add a folder of photos to start one.</source>
        <translation>写真のフォルダーを追加すると作成されます。</translation>
    </message>
    <message>
        <source>Restart mclip-desktop to resume.</source>
        <translation>再開するには mclip-desktop を再起動してください。</translation>
    </message>
    <message>
        <source>An unexpected error occurred; its details were logged.</source>
        <translation>予期しないエラーが発生しました。詳細はログに記録されました。</translation>
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
        <source>Fetching the dropped image…</source>
        <translation>ドロップされた画像を取得しています…</translation>
    </message>
    <message>
        <source>Cannot copy {0}: it cannot be read.</source>
        <translation>{0} をコピーできません: ファイルを読み込めません。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
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
        <source>More like this</source>
        <translation>これに似たものを増やす</translation>
    </message>
    <message>
        <source>Less like this</source>
        <translation>これに似たものを減らす</translation>
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
        <source>Choose the folder of the image model {0}</source>
        <translation>画像モデル {0} のフォルダーを選択</translation>
    </message>
    <message>
        <source>Choose the folder of the text model {0}</source>
        <translation>テキストモデル {0} のフォルダーを選択</translation>
    </message>
    <message>
        <source>Choose a folder that holds a model</source>
        <translation>モデルが入っているフォルダーを選択</translation>
    </message>
    <message>
        <source>The models are ready.</source>
        <translation>モデルの準備ができました。</translation>
    </message>
    <message>
        <source>Search your photos, in any language…</source>
        <translation>写真を検索（どの言語でも）…</translation>
    </message>
    <message>
        <source>Checked again: still not available.</source>
        <translation>再確認しました。まだ利用できません。</translation>
    </message>
    <message>
        <source>The models are not available</source>
        <translation>モデルを利用できません</translation>
    </message>
    <message>
        <source>Choose model folder for the image model {0}…</source>
        <translation>画像モデル {0} のフォルダーを選択…</translation>
    </message>
    <message>
        <source>Choose model folder for the text model {0}…</source>
        <translation>テキストモデル {0} のフォルダーを選択…</translation>
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
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
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
        <source>&amp;Jump to date…</source>
        <translation>日付へ移動(&amp;J)…</translation>
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
        <source>Indexing paused while on battery power</source>
        <translation>バッテリー駆動中はインデックス作成を一時停止しています</translation>
    </message>
    <message>
        <source>&amp;Duplicates…</source>
        <translation>重複(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Albums…</source>
        <translation>アルバム(&amp;A)…</translation>
    </message>
    <message>
        <source>{0} photos</source>
        <translation>{0} 枚の写真</translation>
    </message>
    <message>
        <source>No close matches</source>
        <translation>近い一致はありません</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 件の一致</translation>
    </message>
    <message>
        <source>{0} matches</source>
        <translation>{0} 件の一致</translation>
    </message>
    <message>
        <source>Hide weaker matches</source>
        <translation>弱い一致を隠す</translation>
    </message>
    <message>
        <source>Show {0} weaker matches</source>
        <translation>弱い一致を {0} 件表示</translation>
    </message>
    <message>
        <source>Removed {0} from the search</source>
        <translation>検索から {0} を削除しました</translation>
    </message>
    <message>
        <source>Not in this album</source>
        <translation>このアルバムに含めない</translation>
    </message>
    <message>
        <source>Always in this album</source>
        <translation>常にこのアルバムに含める</translation>
    </message>
    <message>
        <source>Back to automatic</source>
        <translation>自動に戻す</translation>
    </message>
</context>
<context>
    <name>MemberCard</name>
    <message>
        <source>Cannot show this file</source>
        <translation>このファイルは表示できません</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>これを残す</translation>
    </message>
    <message>
        <source>{0} × {1} pixels</source>
        <translation>{0} × {1} ピクセル</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>not a regular file (a pipe, socket or device)</source>
        <translation>通常のファイルではありません（パイプ、ソケット、またはデバイス）</translation>
    </message>
    <message>
        <source>file too large to be a photo ({size_mb} MB)</source>
        <translation>写真にしては大きすぎるファイルです（{size_mb} MB）</translation>
    </message>
    <message>
        <source>file too large to be a photo (it grew while being read)</source>
        <translation>写真にしては大きすぎるファイルです（読み込み中に大きくなりました）</translation>
    </message>
    <message>
        <source>the file disappeared before it could be read</source>
        <translation>読み込む前にファイルがなくなりました</translation>
    </message>
    <message>
        <source>permission denied: check the file&apos;s permissions</source>
        <translation>アクセスが拒否されました。ファイルのアクセス権を確認してください</translation>
    </message>
    <message>
        <source>this is a folder, not a photo</source>
        <translation>これは写真ではなくフォルダーです</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>ファイルを読み込めません（{reason}）</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>そのようなファイルはありません</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>ファイルを読み込めません</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>空のファイルです（0 バイト）</translation>
    </message>
    <message>
        <source>the image has no pixels ({width}x{height})</source>
        <translation>画像にピクセルがありません（{width}x{height}）</translation>
    </message>
    <message>
        <source>image too large to decode safely ({width}x{height} pixels)</source>
        <translation>画像が大きすぎて安全にデコードできません（{width}x{height} ピクセル）</translation>
    </message>
    <message>
        <source>image has too many pixels to be decoded safely</source>
        <translation>画像のピクセル数が多すぎて安全にデコードできません</translation>
    </message>
    <message>
        <source>not a photo format mclip-desktop can read (damaged file, or another file type)</source>
        <translation>mclip-desktop が読める写真形式ではありません（破損したファイルか、別の種類のファイル）</translation>
    </message>
    <message>
        <source>HEIC/HEIF photo, which this installation cannot read: install pillow-heif</source>
        <translation>HEIC/HEIF 形式の写真で、この環境では読み込めません。pillow-heif をインストールしてください</translation>
    </message>
    <message>
        <source>AVIF photo, which this installation cannot read: update Pillow</source>
        <translation>AVIF 形式の写真で、この環境では読み込めません。Pillow を更新してください</translation>
    </message>
    <message>
        <source>the file is truncated or damaged</source>
        <translation>ファイルが途中で切れているか、破損しています</translation>
    </message>
    <message>
        <source>not enough memory to decode this image</source>
        <translation>この画像をデコードするにはメモリが足りません</translation>
    </message>
    <message>
        <source>the image data is damaged</source>
        <translation>画像データが破損しています</translation>
    </message>
    <message>
        <source>a kind of image this version cannot decode</source>
        <translation>このバージョンではデコードできない種類の画像です</translation>
    </message>
    <message>
        <source>cannot decode the image</source>
        <translation>画像をデコードできません</translation>
    </message>
    <message>
        <source>the photo is not reachable</source>
        <translation>写真にアクセスできません</translation>
    </message>
    <message>
        <source>Cannot use {path} as a query image: {reason}</source>
        <translation>{path} は検索用の画像として使えません: {reason}</translation>
    </message>
    <message>
        <source>The search text is empty.</source>
        <translation>検索テキストが空です。</translation>
    </message>
    <message>
        <source>A search term is empty.</source>
        <translation>検索語が空です。</translation>
    </message>
    <message>
        <source>The weight in &apos;{term}&apos; is not a usable number.</source>
        <translation>&apos;{term}&apos; の重みは使える数値ではありません。</translation>
    </message>
    <message>
        <source>The weight &apos;{weight}&apos; in &apos;{term}&apos; is not a number.</source>
        <translation>&apos;{term}&apos; の重み &apos;{weight}&apos; は数値ではありません。</translation>
    </message>
    <message>
        <source>{path} is not an indexed photo of the library.</source>
        <translation>{path} はライブラリの索引済みの写真ではありません。</translation>
    </message>
    <message>
        <source>The search terms cancel each other out; change a weight or a term.</source>
        <translation>検索語が互いに打ち消し合っています。重みか語を変えてください。</translation>
    </message>
    <message>
        <source>Only http and https addresses can be fetched, not {scheme}: {url}</source>
        <translation>取得できるのは http と https のアドレスだけです（{scheme} は不可）: {url}</translation>
    </message>
    <message>
        <source>The image at {url} is larger than {size_mb} MB.</source>
        <translation>{url} の画像は {size_mb} MB を超えています。</translation>
    </message>
    <message>
        <source>Could not fetch {url}. Check the address and the network connection.</source>
        <translation>{url} を取得できませんでした。アドレスとネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <source>The folder {path} does not hold a sentence-transformers model (no modules.json).</source>
        <translation>フォルダー {path} には sentence-transformers のモデルがありません（modules.json がありません）。</translation>
    </message>
    <message>
        <source>The model folder {path} does not exist.</source>
        <translation>モデルのフォルダー {path} が存在しません。</translation>
    </message>
    <message>
        <source>There is no model named &apos;{model}&apos; on the Hugging Face hub.</source>
        <translation>Hugging Face Hub に &apos;{model}&apos; という名前のモデルはありません。</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; is not on this computer and could not be downloaded. Connect to the internet once so it can be downloaded, or use a local folder that holds the model.</source>
        <translation>モデル &apos;{model}&apos; はこのコンピューターになく、ダウンロードもできませんでした。一度インターネットに接続してダウンロードするか、モデルを含むローカルのフォルダーを使ってください。</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; in {path} could not be loaded. Delete it from the cache to download it again, or use another folder.</source>
        <translation>{path} のモデル &apos;{model}&apos; を読み込めませんでした。キャッシュから削除して再ダウンロードするか、別のフォルダーを使ってください。</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; is not a CLIP image model; use one such as clip-ViT-B-32.</source>
        <translation>モデル &apos;{model}&apos; は CLIP の画像モデルではありません。clip-ViT-B-32 などを使ってください。</translation>
    </message>
    <message>
        <source>The text model &apos;{text_model}&apos; makes {text_dim}-d vectors but the photos were indexed with {image_dim}-d vectors by &apos;{image_model}&apos;. Use a text model trained for that image model.</source>
        <translation>テキストモデル &apos;{text_model}&apos; は {text_dim} 次元のベクトルを作りますが、写真は &apos;{image_model}&apos; により {image_dim} 次元のベクトルでインデックスされています。その画像モデル用に学習されたテキストモデルを使ってください。</translation>
    </message>
    <message>
        <source>The folder {path} does not exist or is not a folder.</source>
        <translation>フォルダー {path} は存在しないか、フォルダーではありません。</translation>
    </message>
    <message>
        <source>{path} is not a watched folder.</source>
        <translation>{path} は監視中のフォルダーではありません。</translation>
    </message>
    <message>
        <source>There is no catalog at {path} yet.</source>
        <translation>{path} にはまだカタログがありません。</translation>
    </message>
    <message>
        <source>The catalog {path} was written by a newer version of mclip-desktop (schema {version}, this version knows {known}). It was left untouched: update mclip-desktop.</source>
        <translation>カタログ {path} は新しいバージョンの mclip-desktop で書かれています（スキーマ {version}、このバージョンが扱えるのは {known}）。カタログには手を付けていません。mclip-desktop を更新してください。</translation>
    </message>
    <message>
        <source>The catalog {path} needs an upgrade (schema {version} to {known}), but no backup could be written first. Nothing was changed: free some space or make the folder writable, then start again.</source>
        <translation>カタログ {path} はアップグレードが必要です（スキーマ {version} から {known} へ）が、先にバックアップを書き込めませんでした。何も変更していません。空き容量を確保するかフォルダーを書き込み可能にしてから、もう一度始めてください。</translation>
    </message>
    <message>
        <source>The disk holding the catalog {path} is full. Work finished before this is kept; free some space and start again.</source>
        <translation>カタログ {path} のあるディスクがいっぱいです。ここまでの処理結果は保持されます。空き容量を確保してから、もう一度始めてください。</translation>
    </message>
    <message>
        <source>Cannot write the login service file {path}: {reason}.</source>
        <translation>ログインサービスのファイル {path} を書き込めません: {reason}。</translation>
    </message>
    <message>
        <source>The login service is written for Linux (systemd); on macOS see the README (launchd).</source>
        <translation>ログインサービスは Linux (systemd) 用です。macOS では README (launchd) を参照してください。</translation>
    </message>
    <message>
        <source>The catalog {path} is read-only. Make its folder writable.</source>
        <translation>カタログ {path} は読み取り専用です。そのフォルダーを書き込み可能にしてください。</translation>
    </message>
    <message>
        <source>The catalog {path} cannot be written.</source>
        <translation>カタログ {path} に書き込めません。</translation>
    </message>
    <message>
        <source>The catalog {path} stayed locked by another mclip-desktop for too long. Close the other window or command and try again.</source>
        <translation>カタログ {path} が別の mclip-desktop によって長時間ロックされたままです。もう一方のウィンドウやコマンドを閉じて、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The data folder {path} is read-only. mclip-desktop keeps its catalog and index there and must be able to write: make it writable.</source>
        <translation>データフォルダー {path} は読み取り専用です。mclip-desktop はそこにカタログとインデックスを置くため、書き込める必要があります。書き込み可能にしてください。</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Free some space.</source>
        <translation>{path} のあるディスクがいっぱいです。空き容量を確保してください。</translation>
    </message>
    <message>
        <source>Cannot open the catalog {path}. Check that its folder is writable.</source>
        <translation>カタログ {path} を開けません。そのフォルダーが書き込み可能か確認してください。</translation>
    </message>
    <message>
        <source>The catalog {path} is damaged. A backup made before an upgrade may sit beside it.</source>
        <translation>カタログ {path} は破損しています。アップグレード前に作られたバックアップが同じ場所にあるかもしれません。</translation>
    </message>
    <message>
        <source>The catalog {path} cannot be used. If the disk is full or read-only, free some space or make it writable.</source>
        <translation>カタログ {path} を使用できません。ディスクがいっぱいか読み取り専用なら、空き容量を確保するか書き込み可能にしてください。</translation>
    </message>
    <message>
        <source>Could not save the search index {path}. The previous index file is kept and is brought up to date from the catalog at the next start; check the data folder.</source>
        <translation>検索インデックス {path} を保存できませんでした。以前のインデックスファイルは保持され、次回の起動時にカタログから最新の状態に更新されます。データフォルダーを確認してください。</translation>
    </message>
    <message>
        <source>Could not save the search index {path}: the disk is full. The previous index file is kept and is brought up to date from the catalog at the next start; free some space.</source>
        <translation>検索インデックス {path} を保存できませんでした。ディスクがいっぱいです。以前のインデックスファイルは保持され、次回の起動時にカタログから最新の状態に更新されます。空き容量を確保してください。</translation>
    </message>
    <message>
        <source>The system ran out of folder watches, so some folders are checked for changes every few seconds instead. To raise the limit on Linux: echo fs.inotify.max_user_watches=524288 | sudo tee /etc/sysctl.d/60-mclip-desktop.conf &amp;&amp; sudo sysctl --system</source>
        <translation>システムのフォルダー監視の上限に達したため、一部のフォルダーは代わりに数秒ごとに変更を確認します。Linux で上限を上げるには: echo fs.inotify.max_user_watches=524288 | sudo tee /etc/sysctl.d/60-mclip-desktop.conf &amp;&amp; sudo sysctl --system</translation>
    </message>
    <message>
        <source>The system ran out of folder watchers, so some folders are checked for changes every few seconds instead. To raise the limit on Linux: echo fs.inotify.max_user_instances=1024 | sudo tee /etc/sysctl.d/61-mclip-desktop.conf &amp;&amp; sudo sysctl --system</source>
        <translation>システムのフォルダー監視プロセスの上限に達したため、一部のフォルダーは代わりに数秒ごとに変更を確認します。Linux で上限を上げるには: echo fs.inotify.max_user_instances=1024 | sudo tee /etc/sysctl.d/61-mclip-desktop.conf &amp;&amp; sudo sysctl --system</translation>
    </message>
    <message>
        <source>Cannot watch {path} for changes; it is checked every few seconds instead.</source>
        <translation>{path} の変更を監視できません。代わりに数秒ごとに確認します。</translation>
    </message>
    <message>
        <source>Cannot watch {path}; rescans still find its changes.</source>
        <translation>{path} を監視できません。再スキャンで変更は引き続き見つかります。</translation>
    </message>
    <message>
        <source>Switching models: the photos were embedded with &apos;{old}&apos; and are now embedded again with &apos;{new}&apos;. Searches use the old vectors until this is complete.</source>
        <translation>モデルの切り替え: 写真は &apos;{old}&apos; で埋め込まれており、いま &apos;{new}&apos; で埋め込み直しています。完了するまで検索は古いベクトルを使います。</translation>
    </message>
    <message>
        <source>Switched models: searches now use &apos;{model}&apos;.</source>
        <translation>モデルを切り替えました: 検索は &apos;{model}&apos; を使います。</translation>
    </message>
    <message>
        <source>{path} is back; checking it for changes.</source>
        <translation>{path} が戻りました。変更を確認しています。</translation>
    </message>
    <message>
        <source>{path} is not reachable; its photos are kept until it is back.</source>
        <translation>{path} にアクセスできません。戻るまで写真はそのまま保持されます。</translation>
    </message>
    <message>
        <source>Indexing stopped: {reason}</source>
        <translation>インデックス作成を停止しました: {reason}</translation>
    </message>
    <message>
        <source>Indexing stopped after an unexpected error.</source>
        <translation>予期しないエラーのため、インデックス作成を停止しました。</translation>
    </message>
    <message>
        <source>The search index could not be saved: {reason}</source>
        <translation>検索インデックスを保存できませんでした: {reason}</translation>
    </message>
    <message>
        <source>An album needs a name.</source>
        <translation>アルバムには名前が必要です。</translation>
    </message>
    <message>
        <source>A label of the album &apos;{name}&apos; is empty; give some words.</source>
        <translation>アルバム &apos;{name}&apos; のラベルが空です。言葉を入力してください。</translation>
    </message>
    <message>
        <source>The strictness {value} is not a number between 0 (loose) and 1 (strict).</source>
        <translation>厳しさ {value} は 0（緩い）から 1（厳しい）の間の数ではありません。</translation>
    </message>
    <message>
        <source>The example photo {path} does not exist or is not a file.</source>
        <translation>見本の写真 {path} が存在しないか、ファイルではありません。</translation>
    </message>
    <message>
        <source>The example photo {path} cannot be read ({why}).</source>
        <translation>見本の写真 {path} を読み込めません（{why}）。</translation>
    </message>
    <message>
        <source>There is no album named &apos;{name}&apos; (albums: {known}).</source>
        <translation>&apos;{name}&apos; という名前のアルバムはありません（アルバム: {known}）。</translation>
    </message>
    <message>
        <source>There is no album named &apos;{name}&apos;; there are no albums yet.</source>
        <translation>&apos;{name}&apos; という名前のアルバムはありません。アルバムはまだありません。</translation>
    </message>
    <message>
        <source>This album no longer exists; it may have been removed meanwhile.</source>
        <translation>このアルバムはもうありません。その間に削除された可能性があります。</translation>
    </message>
    <message>
        <source>An album named &apos;{name}&apos; exists already; choose another name or remove it first.</source>
        <translation>&apos;{name}&apos; という名前のアルバムは既にあります。別の名前にするか、先に削除してください。</translation>
    </message>
    <message>
        <source>The photo {path} is not in the library.</source>
        <translation>写真 {path} はライブラリにありません。</translation>
    </message>
    <message>
        <source>{option} {value} is not a date; write it as YYYY-MM-DD.</source>
        <translation>{option} {value} は日付ではありません。YYYY-MM-DD の形式で書いてください。</translation>
    </message>
    <message>
        <source>Give the folder to export into, or ask for XMP sidecars instead.</source>
        <translation>書き出し先のフォルダを指定するか、代わりに XMP サイドカーを指定してください。</translation>
    </message>
    <message>
        <source>{path} exists and is not a folder; choose a folder to export to.</source>
        <translation>{path} は既に存在し、フォルダではありません。書き出し先のフォルダを選んでください。</translation>
    </message>
    <message>
        <source>The folder {path} cannot be written ({why}); choose another folder.</source>
        <translation>フォルダ {path} に書き込めません（{why}）。別のフォルダを選んでください。</translation>
    </message>
    <message>
        <source>{count} files could not be written (see above).</source>
        <translation>{count} 個のファイルを書き込めませんでした（上記参照）。</translation>
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
    <name>QueryBar</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>関連度</translation>
    </message>
    <message>
        <source>Order: best match first, or newest first</source>
        <translation>並び順: 一致度の高い順、または新しい順</translation>
    </message>
</context>
<context>
    <name>QueryChip</name>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Excluded: click to include</source>
        <translation>除外中: クリックで含める</translation>
    </message>
    <message>
        <source>Included: click to exclude</source>
        <translation>含めています: クリックで除外</translation>
    </message>
    <message>
        <source>Remove from the search</source>
        <translation>検索から削除</translation>
    </message>
    <message>
        <source>Like this photo: {0}</source>
        <translation>この写真に似たもの: {0}</translation>
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
    <message>
        <source>The same photo is also at:</source>
        <translation>同じ写真は次の場所にもあります:</translation>
    </message>
    <message>
        <source>Weaker matches</source>
        <translation>弱い一致</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Keep this text as a term of the search (Ctrl+Enter)</source>
        <translation>このテキストを検索語として残す (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Keep as a search term</source>
        <translation>検索語として残す</translation>
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
        <source>Click to look for copies of the same photo.</source>
        <translation>クリックすると、同じ写真のコピーを探します。</translation>
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
    <message>
        <source>Groups of copies of the same photo: {0}. Click to review them.</source>
        <translation>同じ写真のコピーのグループ: {0}。クリックして確認します。</translation>
    </message>
    <message>
        <source>New album…</source>
        <translation>新しいアルバム…</translation>
    </message>
    <message>
        <source>Edit album…</source>
        <translation>アルバムを編集…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Remove album…</source>
        <translation>アルバムを削除…</translation>
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
