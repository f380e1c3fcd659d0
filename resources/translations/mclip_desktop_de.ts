<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>EmptyState</name>
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
        <source>No indexed photo in {0} matches yet.</source>
        <translation>Bisher passt kein indiziertes Foto in {0}.</translation>
    </message>
    <message>
        <source>No indexed photo matches yet.</source>
        <translation>Bisher passt kein indiziertes Foto.</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Keine Ergebnisse</translation>
    </message>
    <message>
        <source>{0} holds no photos that could be read.</source>
        <translation>{0} enthält keine lesbaren Fotos.</translation>
    </message>
    <message>
        <source>The watched folders hold no photos that could be read.</source>
        <translation>Die überwachten Ordner enthalten keine lesbaren Fotos.</translation>
    </message>
    <message>
        <source>No photos here yet</source>
        <translation>Hier gibt es noch keine Fotos</translation>
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
    <name>FileActions</name>
    <message>
        <source>Cannot open {0}: the file is no longer there.</source>
        <translation>{0} kann nicht geöffnet werden: Die Datei ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>No application could open {0}. Is a default image viewer set?</source>
        <translation>Keine Anwendung konnte {0} öffnen. Ist ein Standard-Bildbetrachter eingerichtet?</translation>
    </message>
    <message>
        <source>Cannot show {0}: the folder is no longer there.</source>
        <translation>{0} kann nicht angezeigt werden: Der Ordner ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>No file manager could show {0}. Is a default file manager set?</source>
        <translation>Kein Dateimanager konnte {0} anzeigen. Ist ein Standard-Dateimanager eingerichtet?</translation>
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
    <name>GridView</name>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
</context>
<context>
    <name>ImageChip</name>
    <message>
        <source>Stop searching by this photo</source>
        <translation>Nicht mehr nach diesem Foto suchen</translation>
    </message>
    <message>
        <source>Remove the example photo</source>
        <translation>Beispielfoto entfernen</translation>
    </message>
    <message>
        <source>Searching by this photo: {0}</source>
        <translation>Suche nach diesem Foto: {0}</translation>
    </message>
    <message>
        <source>Example photo {0}</source>
        <translation>Beispielfoto {0}</translation>
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
</context>
<context>
    <name>LibraryStatusBar</name>
    <message>
        <source>Pause indexing</source>
        <translation>Indizierung pausieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the model download</source>
        <translation>Herunterladen des Modells abbrechen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Downloading {model}: {done:.0f} of {total:.0f} MB (first use only)</source>
        <translation>{model} wird heruntergeladen: {done:.0f} von {total:.0f} MB (nur beim ersten Mal)</translation>
    </message>
    <message>
        <source>Resume indexing</source>
        <translation>Indizierung fortsetzen</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Loading the models…</source>
        <translation>Modelle werden geladen…</translation>
    </message>
    <message>
        <source>Jump to date</source>
        <translation>Zu Datum springen</translation>
    </message>
    <message>
        <source>Jump to a month (Ctrl+J)</source>
        <translation>Zu einem Monat springen (Strg+J)</translation>
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
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
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
        <source>Copy &amp;to…</source>
        <translation>Kopieren &amp;nach…</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>In den &amp;Papierkorb verschieben</translation>
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
        <source>&amp;Jump to date…</source>
        <translation>Zu &amp;Datum springen…</translation>
    </message>
    <message>
        <source>The search failed: {0}</source>
        <translation>Die Suche ist fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>Stopped searching by {0}</source>
        <translation>Suche nach {0} beendet</translation>
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
        <source>Copy to…</source>
        <translation>Kopieren nach…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Copy the photos to</source>
        <translation>Fotos kopieren nach</translation>
    </message>
    <message>
        <source>Copied {0} of {1} photos to {2}</source>
        <translation>{0} von {1} Fotos nach {2} kopiert</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Could not move {0} to the trash: {1}</source>
        <translation>{0} konnte nicht in den Papierkorb verschoben werden: {1}</translation>
    </message>
    <message>
        <source>Moved {0} photos to the trash</source>
        <translation>{0} Fotos in den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>Add a folder of photos</source>
        <translation>Fotoordner hinzufügen</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>Ordner entfernen</translation>
    </message>
    <message>
        <source>Stop watching {0}?

Its photos leave the index and no longer show up here or in searches. The files themselves stay on disk.</source>
        <translation>{0} nicht mehr überwachen?

Die Fotos darin verlassen den Index und erscheinen weder hier noch in Suchen. Die Dateien selbst bleiben auf der Festplatte.</translation>
    </message>
    <message>
        <source>Exclude a subfolder from the index</source>
        <translation>Unterordner vom Index ausschließen</translation>
    </message>
    <message>
        <source>Photos in {0} are left out of the index</source>
        <translation>Fotos in {0} werden nicht indiziert</translation>
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
        <source>Indexing paused while on battery power</source>
        <translation>Indizierung im Akkubetrieb pausiert</translation>
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
    <name>PreviewWindow</name>
    <message>
        <source>Previous photo (Left)</source>
        <translation>Vorheriges Foto (Links)</translation>
    </message>
    <message>
        <source>Next photo (Right)</source>
        <translation>Nächstes Foto (Rechts)</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Actual size / fit (Z)</source>
        <translation>Originalgröße / einpassen (Z)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Vollbild (F11)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open in the default viewer (Enter)</source>
        <translation>Im Standardbetrachter öffnen (Eingabe)</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Show in the file manager</source>
        <translation>Im Dateimanager anzeigen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Abmessungen</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>This photo cannot be shown: {0}</source>
        <translation>Dieses Foto kann nicht angezeigt werden: {0}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>{0} × {1} pixels</source>
        <translation>{0} × {1} Pixel</translation>
    </message>
    <message>
        <source>{0} (file date)</source>
        <translation>{0} (Dateidatum)</translation>
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
<context>
    <name>SearchBar</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Image model</source>
        <translation>Bildmodell</translation>
    </message>
    <message>
        <source>Text model</source>
        <translation>Textmodell</translation>
    </message>
    <message>
        <source>A Hugging Face model name, or a folder that holds the model</source>
        <translation>Ein Hugging-Face-Modellname oder ein Ordner mit dem Modell</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>Choose a folder that holds the model</source>
        <translation>Ordner wählen, der das Modell enthält</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
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
        <translation>Gerät</translation>
    </message>
    <message>
        <source>A new device applies at the next start.</source>
        <translation>Ein neues Gerät gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Background indexing</source>
        <translation>Indizierung im Hintergrund</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Fewer threads leave more of the computer to other work</source>
        <translation>Weniger Threads lassen mehr Rechenleistung für andere Arbeit</translation>
    </message>
    <message>
        <source>Pause while on battery power</source>
        <translation>Im Akkubetrieb pausieren</translation>
    </message>
    <message>
        <source>This computer does not report a battery</source>
        <translation>Dieser Computer meldet keinen Akku</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Oberfläche</translation>
    </message>
    <message>
        <source>Choose a folder that holds a model</source>
        <translation>Ordner wählen, der ein Modell enthält</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Library and folders</source>
        <translation>Bibliothek und Ordner</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Every photo, newest first</source>
        <translation>Alle Fotos, neueste zuerst</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Albums</source>
        <translation>Alben</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>{0} (offline)</source>
        <translation>{0} (nicht erreichbar)</translation>
    </message>
    <message>
        <source>Not reachable: its photos stay in the index.</source>
        <translation>Nicht erreichbar: Die Fotos bleiben im Index.</translation>
    </message>
    <message>
        <source>· indexing, {0} left</source>
        <translation>· Indizierung, noch {0}</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Exclude a subfolder…</source>
        <translation>Unterordner ausschließen…</translation>
    </message>
    <message>
        <source>Remove folder…</source>
        <translation>Ordner entfernen…</translation>
    </message>
</context>
<context>
    <name>SidebarPane</name>
    <message>
        <source>Add a folder of photos (Ctrl+O)</source>
        <translation>Einen Fotoordner hinzufügen (Strg+O)</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
</context>
</TS>
