<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AlbumsPanel</name>
    <message>
        <source>New album…</source>
        <translation>Neues Album…</translation>
    </message>
    <message>
        <source>Remove album</source>
        <translation>Album entfernen</translation>
    </message>
    <message>
        <source>Loose: more photos. Strict: only the clearest matches.</source>
        <translation>Locker: mehr Fotos. Streng: nur die eindeutigsten Treffer.</translation>
    </message>
    <message>
        <source>Loose</source>
        <translation>Locker</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Streng</translation>
    </message>
    <message>
        <source>Albums</source>
        <translation>Alben</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 Foto</translation>
    </message>
    <message>
        <source>{0} photos</source>
        <translation>{0} Fotos</translation>
    </message>
    <message>
        <source>New album</source>
        <translation>Neues Album</translation>
    </message>
    <message>
        <source>Not in this album</source>
        <translation>Nicht in diesem Album</translation>
    </message>
    <message>
        <source>Always in this album</source>
        <translation>Immer in diesem Album</translation>
    </message>
    <message>
        <source>Back to automatic</source>
        <translation>Wieder automatisch</translation>
    </message>
</context>
<context>
    <name>AlbumsWindow</name>
    <message>
        <source>Albums</source>
        <translation>Alben</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>The model download was cancelled.</source>
        <translation>Der Download des Modells wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The models could not be loaded: {0}</source>
        <translation>Die Modelle konnten nicht geladen werden: {0}</translation>
    </message>
</context>
<context>
    <name>FailuresDialog</name>
    <message>
        <source>Files that could not be read</source>
        <translation>Dateien, die nicht gelesen werden konnten</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>These files are skipped until they change. Nothing else is affected.</source>
        <translation>Diese Dateien werden übersprungen, bis sie sich ändern. Alles andere bleibt davon unberührt.</translation>
    </message>
</context>
<context>
    <name>FoldersDialog</name>
    <message>
        <source>Watched folders</source>
        <translation>Überwachte Ordner</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Photos in these folders and their subfolders are searchable.</source>
        <translation>Fotos in diesen Ordnern und ihren Unterordnern sind durchsuchbar.</translation>
    </message>
    <message>
        <source>{0}  (not reachable)</source>
        <translation>{0}  (nicht erreichbar)</translation>
    </message>
    <message>
        <source>Cannot add folder</source>
        <translation>Ordner kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Add a folder of photos</source>
        <translation>Fotoordner hinzufügen</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The new language applies the next time mclip-desktop starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von mclip-desktop.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading the models…</source>
        <translation>Modelle werden geladen…</translation>
    </message>
    <message>
        <source>Searching by this image; click to remove it</source>
        <translation>Suche nach diesem Bild; zum Entfernen klicken</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>Ordner &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Watched folders…</source>
        <translation>&amp;Überwachte Ordner…</translation>
    </message>
    <message>
        <source>Choose &amp;model folder…</source>
        <translation>&amp;Modellordner wählen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Paste image as query</source>
        <translation>Bild als Suchanfrage &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Larger thumbnails</source>
        <translation>&amp;Größere Vorschaubilder</translation>
    </message>
    <message>
        <source>&amp;Smaller thumbnails</source>
        <translation>&amp;Kleinere Vorschaubilder</translation>
    </message>
    <message>
        <source>&amp;Albums…</source>
        <translation>&amp;Alben…</translation>
    </message>
    <message>
        <source>The search failed: {0}</source>
        <translation>Die Suche ist fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>Fetching the dropped image…</source>
        <translation>Abgelegtes Bild wird abgerufen…</translation>
    </message>
    <message>
        <source>Cannot copy {0}: it cannot be read.</source>
        <translation>{0} kann nicht kopiert werden: Die Datei ist nicht lesbar.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>Ähnliche Fotos finden</translation>
    </message>
    <message>
        <source>Add a folder of photos</source>
        <translation>Fotoordner hinzufügen</translation>
    </message>
    <message>
        <source>Watching {0}</source>
        <translation>{0} wird überwacht</translation>
    </message>
    <message>
        <source>Choose a folder that holds a model</source>
        <translation>Ordner wählen, der ein Modell enthält</translation>
    </message>
    <message>
        <source>Search your photos, in any language…</source>
        <translation>Fotos durchsuchen, in jeder Sprache…</translation>
    </message>
    <message>
        <source>The models are not available</source>
        <translation>Die Modelle sind nicht verfügbar</translation>
    </message>
    <message>
        <source>Downloading {model}: {done:.0f} of {total:.0f} MB (first use only)</source>
        <translation>{model} wird heruntergeladen: {done:.0f} von {total:.0f} MB (nur beim ersten Mal)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>1 unreadable file</source>
        <translation>1 nicht lesbare Datei</translation>
    </message>
    <message>
        <source>{0} unreadable files</source>
        <translation>{0} nicht lesbare Dateien</translation>
    </message>
    <message>
        <source>Indexing {done} of {total}</source>
        <translation>Indizierung: {done} von {total}</translation>
    </message>
    <message>
        <source> · {rate:.1f} photos/s</source>
        <translation> · {rate:.1f} Fotos/s</translation>
    </message>
    <message>
        <source> · {0} left</source>
        <translation> · noch {0}</translation>
    </message>
    <message>
        <source>1 photo searchable</source>
        <translation>1 Foto durchsuchbar</translation>
    </message>
    <message>
        <source>{0} photos searchable</source>
        <translation>{0} Fotos durchsuchbar</translation>
    </message>
    <message>
        <source>Choose model folder…</source>
        <translation>Modellordner wählen…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>{0} hinzufügen</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Anderen Ordner wählen…</translation>
    </message>
    <message>
        <source>No folders yet</source>
        <translation>Noch keine Ordner</translation>
    </message>
    <message>
        <source>Choose the folders that hold your photos. Nothing leaves this computer.</source>
        <translation>Wählen Sie die Ordner, in denen Ihre Fotos liegen. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>You can also drop a folder onto this window.</source>
        <translation>Sie können auch einen Ordner auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <source>Indexing {done} of {total} photos</source>
        <translation>Indizierung: {done} von {total} Fotos</translation>
    </message>
    <message>
        <source>You can search already: new photos join the results as they are indexed.</source>
        <translation>Sie können bereits suchen: Neue Fotos erscheinen in den Ergebnissen, sobald sie indiziert sind.</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>Fotos werden gesucht…</translation>
    </message>
    <message>
        <source>Indexing starts in a moment; the window stays usable meanwhile.</source>
        <translation>Die Indizierung beginnt gleich; das Fenster bleibt währenddessen benutzbar.</translation>
    </message>
    <message>
        <source>Loading the models; your search runs as soon as they are ready…</source>
        <translation>Die Modelle werden geladen; Ihre Suche startet, sobald sie bereit sind…</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Keine Ergebnisse</translation>
    </message>
    <message>
        <source>No indexed photo matches yet.</source>
        <translation>Bisher passt kein indiziertes Foto.</translation>
    </message>
    <message>
        <source>1 photo ready to search</source>
        <translation>1 Foto bereit zur Suche</translation>
    </message>
    <message>
        <source>{0} photos ready to search</source>
        <translation>{0} Fotos bereit zur Suche</translation>
    </message>
    <message>
        <source>Type what you are looking for in any language, or drop a photo here.</source>
        <translation>Geben Sie in einer beliebigen Sprache ein, wonach Sie suchen, oder ziehen Sie ein Foto hierher.</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} Min.</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} Std.</translation>
    </message>
</context>
<context>
    <name>NewAlbumDialog</name>
    <message>
        <source>New album</source>
        <translation>Neues Album</translation>
    </message>
    <message>
        <source>e.g. Beach, 猫, Geburtstag</source>
        <translation>z. B. Strand, 猫, Geburtstag</translation>
    </message>
    <message>
        <source>Words in any language, one per line (the name when left empty)</source>
        <translation>Wörter in beliebiger Sprache, eines pro Zeile (leer: der Name)</translation>
    </message>
    <message>
        <source>Add example photos…</source>
        <translation>Beispielfotos hinzufügen…</translation>
    </message>
    <message>
        <source>Create album</source>
        <translation>Album anlegen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Begriffe:</translation>
    </message>
    <message>
        <source>Like these:</source>
        <translation>Ähnlich wie:</translation>
    </message>
    <message>
        <source>Example photos</source>
        <translation>Beispielfotos</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 Foto</translation>
    </message>
    <message>
        <source>{0} photos</source>
        <translation>{0} Fotos</translation>
    </message>
    <message>
        <source>1 photo matches so far</source>
        <translation>Bisher passt 1 Foto</translation>
    </message>
    <message>
        <source>{0} photos match so far</source>
        <translation>Bisher passen {0} Fotos</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>This photo cannot be shown: {0}</source>
        <translation>Dieses Foto kann nicht angezeigt werden: {0}</translation>
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
Ähnlichkeit {score:.3f}
{folder}</translation>
    </message>
</context>
</TS>
