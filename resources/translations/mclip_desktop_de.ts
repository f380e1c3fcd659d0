<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AlbumsController</name>
    <message>
        <source>Edit album</source>
        <translation>Album bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Remove album</source>
        <translation>Album entfernen</translation>
    </message>
    <message>
        <source>Remove the album {0}? Its photos stay where they are.</source>
        <translation>Das Album {0} entfernen? Seine Fotos bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>Removed the album {0}</source>
        <translation>Album {0} entfernt</translation>
    </message>
    <message>
        <source>Copy the photos of {0} to</source>
        <translation>Fotos von {0} kopieren nach</translation>
    </message>
    <message>
        <source>Copied {0} photos of {1} to {2}</source>
        <translation>{0} Fotos von {1} nach {2} kopiert</translation>
    </message>
    <message>
        <source>{0} already there, {1} failed</source>
        <translation>{0} schon vorhanden, {1} fehlgeschlagen</translation>
    </message>
</context>
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
    <name>Cli</name>
    <message>
        <source>Downloading the model {model} (first use only)…</source>
        <translation>Das Modell {model} wird heruntergeladen (nur beim ersten Mal)…</translation>
    </message>
    <message>
        <source>No folders are watched yet: run &apos;mclip-desktop index FOLDER&apos;.</source>
        <translation>Noch werden keine Ordner überwacht: Führen Sie &apos;mclip-desktop index ORDNER&apos; aus.</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>{path} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>The folder {path} is not reachable; its photos are kept.</source>
        <translation>Der Ordner {path} ist nicht erreichbar; seine Fotos bleiben erhalten.</translation>
    </message>
    <message>
        <source>{indexed} photos searchable: {embedded} newly embedded, {reused} moved or duplicates, {removed} removed, {failed} could not be read ({seconds} s).</source>
        <translation>{indexed} Fotos durchsuchbar: {embedded} neu eingebettet, {reused} verschoben oder Duplikate, {removed} entfernt, {failed} nicht lesbar ({seconds} s).</translation>
    </message>
    <message>
        <source>-n must be a positive number of results.</source>
        <translation>-n muss eine positive Anzahl von Ergebnissen sein.</translation>
    </message>
    <message>
        <source>A search needs a term to look for, not only terms to avoid.</source>
        <translation>Eine Suche braucht einen Begriff, nach dem gesucht wird, nicht nur Begriffe, die vermieden werden sollen.</translation>
    </message>
    <message>
        <source>{option} {value}: not a date; write it as YYYY-MM-DD.</source>
        <translation>{option} {value}: kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>--after {first} is later than --before {last}: no day is in between.</source>
        <translation>--after {first} liegt nach --before {last}: dazwischen liegt kein Tag.</translation>
    </message>
    <message>
        <source>--type {type}: unknown file type; use one of {types}.</source>
        <translation>--type {type}: unbekannter Dateityp; verwenden Sie einen von {types}.</translation>
    </message>
    <message>
        <source>--sort {sort}: sort by &apos;relevance&apos; or &apos;date&apos;.</source>
        <translation>--sort {sort}: sortieren Sie nach &apos;relevance&apos; oder &apos;date&apos;.</translation>
    </message>
    <message>
        <source>--folder {path} is not a watched folder or inside one. &apos;mclip-desktop folders list&apos; shows them.</source>
        <translation>--folder {path} ist kein überwachter Ordner und liegt in keinem. &apos;mclip-desktop folders list&apos; zeigt sie.</translation>
    </message>
    <message>
        <source>No photos indexed yet: run &apos;mclip-desktop index FOLDER&apos; first.</source>
        <translation>Noch keine Fotos indiziert: Führen Sie zuerst &apos;mclip-desktop index ORDNER&apos; aus.</translation>
    </message>
    <message>
        <source>No matching photos.</source>
        <translation>Keine passenden Fotos.</translation>
    </message>
    <message>
        <source>{count} weaker matches not shown (use -n to see more).</source>
        <translation>{count} schwächere Treffer nicht angezeigt (mit -n sehen Sie mehr).</translation>
    </message>
    <message>
        <source>Searching with &apos;{old}&apos;, the model this library&apos;s photos are embedded with; &apos;{new}&apos; (from {source}) takes over once &apos;mclip-desktop index&apos; has embedded them again.</source>
        <translation>Gesucht wird mit &apos;{old}&apos;, dem Modell, mit dem die Fotos dieser Bibliothek eingebettet sind; &apos;{new}&apos; (aus {source}) übernimmt, sobald &apos;mclip-desktop index&apos; sie neu eingebettet hat.</translation>
    </message>
    <message>
        <source>Watching {path}. Run &apos;mclip-desktop index&apos; to index it.</source>
        <translation>{path} wird überwacht. Führen Sie &apos;mclip-desktop index&apos; aus, um ihn zu indizieren.</translation>
    </message>
    <message>
        <source>No longer watching {path}; its photos left the index.</source>
        <translation>{path} wird nicht mehr überwacht; seine Fotos wurden aus dem Index entfernt.</translation>
    </message>
    <message>
        <source>{path}  {files} files</source>
        <translation>{path}  {files} Dateien</translation>
    </message>
    <message>
        <source>{path}  {files} files  (offline)</source>
        <translation>{path}  {files} Dateien  (offline)</translation>
    </message>
    <message>
        <source>{indexed} photos searchable, {pending} waiting, {failed} could not be read.</source>
        <translation>{indexed} Fotos durchsuchbar, {pending} wartend, {failed} nicht lesbar.</translation>
    </message>
    <message>
        <source>{path}  ({files} files, online)</source>
        <translation>{path}  ({files} Dateien, online)</translation>
    </message>
    <message>
        <source>{path}  ({files} files, offline)</source>
        <translation>{path}  ({files} Dateien, offline)</translation>
    </message>
    <message>
        <source>could not read {path}: {reason}</source>
        <translation>{path} nicht lesbar: {reason}</translation>
    </message>
    <message>
        <source>… and {count} more (see status --json)</source>
        <translation>… und {count} weitere (siehe status --json)</translation>
    </message>
    <message>
        <source>Models: image {image}, text {text_model}</source>
        <translation>Modelle: Bild {image}, Text {text_model}</translation>
    </message>
    <message>
        <source>switching to {model}: {count} photo(s) still to embed (run &apos;mclip-desktop index&apos;)</source>
        <translation>Wechsel zu {model}: noch {count} Foto(s) einzubetten (&apos;mclip-desktop index&apos; ausführen)</translation>
    </message>
    <message>
        <source>Data: {path}</source>
        <translation>Daten: {path}</translation>
    </message>
    <message>
        <source>No folders are watched yet: run &apos;mclip-desktop watch FOLDER&apos;.</source>
        <translation>Noch werden keine Ordner überwacht: Führen Sie &apos;mclip-desktop watch ORDNER&apos; aus.</translation>
    </message>
    <message>
        <source>Watching {count} folder(s); press Ctrl-C to stop.</source>
        <translation>{count} Ordner werden überwacht; mit Strg-C beenden.</translation>
    </message>
    <message>
        <source>Watching stopped after an error (see the messages above).</source>
        <translation>Die Überwachung wurde nach einem Fehler beendet (siehe die Meldungen oben).</translation>
    </message>
    <message>
        <source>Removed the login service {unit}.</source>
        <translation>Der Anmeldedienst {unit} wurde entfernt.</translation>
    </message>
    <message>
        <source>The login service {name} runs &apos;{command}&apos; now and at each login; &apos;systemctl --user status {name}&apos; shows it.</source>
        <translation>Der Anmeldedienst {name} führt &apos;{command}&apos; jetzt und bei jeder Anmeldung aus; &apos;systemctl --user status {name}&apos; zeigt ihn.</translation>
    </message>
    <message>
        <source>Wrote {unit}. Start it with: systemctl --user enable --now {name}</source>
        <translation>{unit} wurde geschrieben. Starten Sie ihn mit: systemctl --user enable --now {name}</translation>
    </message>
    <message>
        <source>The desktop app cannot start: a part of it is missing. Reinstall mclip-desktop with its dependencies, or use the command line (see &apos;mclip-desktop --help&apos;).</source>
        <translation>Die Desktop-App kann nicht starten: Ein Teil davon fehlt. Installieren Sie mclip-desktop mit seinen Abhängigkeiten neu, oder verwenden Sie die Befehlszeile (siehe &apos;mclip-desktop --help&apos;).</translation>
    </message>
    <message>
        <source>stopped. Work finished so far is kept.</source>
        <translation>angehalten. Bereits erledigte Arbeit bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>CliMessages</name>
    <message>
        <source>Point {flag} at the folder that holds modules.json.</source>
        <translation>Geben Sie mit {flag} den Ordner an, der modules.json enthält.</translation>
    </message>
    <message>
        <source>Check {flag}.</source>
        <translation>Prüfen Sie {flag}.</translation>
    </message>
    <message>
        <source>Give a local folder with {flag} FOLDER.</source>
        <translation>Geben Sie mit {flag} ORDNER einen lokalen Ordner an.</translation>
    </message>
    <message>
        <source>Give another folder with {flag} FOLDER.</source>
        <translation>Geben Sie mit {flag} ORDNER einen anderen Ordner an.</translation>
    </message>
    <message>
        <source>Check --text-model and --image-model.</source>
        <translation>Prüfen Sie --text-model und --image-model.</translation>
    </message>
    <message>
        <source>&apos;mclip-desktop folders list&apos; shows them.</source>
        <translation>&apos;mclip-desktop folders list&apos; zeigt sie an.</translation>
    </message>
    <message>
        <source>Run &apos;mclip-desktop index FOLDER&apos; first.</source>
        <translation>Führen Sie zuerst &apos;mclip-desktop index ORDNER&apos; aus.</translation>
    </message>
    <message>
        <source>Or use another --data-dir.</source>
        <translation>Oder verwenden Sie ein anderes --data-dir.</translation>
    </message>
    <message>
        <source>Or choose another with --data-dir.</source>
        <translation>Oder wählen Sie mit --data-dir einen anderen.</translation>
    </message>
    <message>
        <source>Run &apos;mclip-desktop check&apos; to see what is wrong.</source>
        <translation>Führen Sie &apos;mclip-desktop check&apos; aus, um zu sehen, was nicht stimmt.</translation>
    </message>
    <message>
        <source>Or choose another with --data-dir (or MCLIP_DATA_DIR).</source>
        <translation>Oder wählen Sie mit --data-dir (oder MCLIP_DATA_DIR) einen anderen.</translation>
    </message>
    <message>
        <source>Or choose another --data-dir.</source>
        <translation>Oder wählen Sie ein anderes --data-dir.</translation>
    </message>
    <message>
        <source>Run &apos;mclip-desktop watch&apos; again to resume.</source>
        <translation>Führen Sie &apos;mclip-desktop watch&apos; erneut aus, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>DateRangePanel</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>mclip-desktop cannot start</source>
        <translation>mclip-desktop kann nicht starten</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Suche nach Duplikaten…</translation>
    </message>
    <message>
        <source>Also show similar shots (bursts)</source>
        <translation>Auch ähnliche Aufnahmen zeigen (Serien)</translation>
    </message>
    <message>
        <source>Zoom in to compare</source>
        <translation>Zum Vergleich vergrößern</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Erneut suchen</translation>
    </message>
    <message>
        <source>Keep selected, move the others to the trash</source>
        <translation>Auswahl behalten, die anderen in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Do this for all groups</source>
        <translation>Für alle Gruppen tun</translation>
    </message>
    <message>
        <source>Exact copies</source>
        <translation>Exakte Kopien</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Kopien</translation>
    </message>
    <message>
        <source>Similar shots</source>
        <translation>Ähnliche Aufnahmen</translation>
    </message>
    <message>
        <source>{0} groups; {1} files can go to the trash.</source>
        <translation>{0} Gruppen; {1} Dateien können in den Papierkorb.</translation>
    </message>
    <message>
        <source>No duplicates among {0} photos.</source>
        <translation>Keine Duplikate unter {0} Fotos.</translation>
    </message>
    <message>
        <source>Could not look for duplicates: {0}</source>
        <translation>Die Suche nach Duplikaten ist fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>highest resolution ({0} × {1})</source>
        <translation>höchste Auflösung ({0} × {1})</translation>
    </message>
    <message>
        <source>least compression</source>
        <translation>geringste Kompression</translation>
    </message>
    <message>
        <source>has camera metadata (EXIF)</source>
        <translation>hat Kamera-Metadaten (EXIF)</translation>
    </message>
    <message>
        <source>oldest file</source>
        <translation>älteste Datei</translation>
    </message>
    <message>
        <source>all copies are alike; the first by name</source>
        <translation>alle Kopien sind gleich; die erste nach Namen</translation>
    </message>
    <message>
        <source>Suggested: keep {0} — {1}.</source>
        <translation>Vorschlag: {0} behalten – {1}.</translation>
    </message>
    <message>
        <source>Moved {0} files to the trash.</source>
        <translation>{0} Dateien in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <source>Skipped {0} groups: {1}</source>
        <translation>{0} Gruppen übersprungen: {1}</translation>
    </message>
</context>
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
        <source>Looking for the models…</source>
        <translation>Die Modelle werden gesucht…</translation>
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
    <message>
        <source>Show {0} weaker matches</source>
        <translation>{0} schwächere Treffer zeigen</translation>
    </message>
    <message>
        <source>No close matches</source>
        <translation>Keine engen Treffer</translation>
    </message>
    <message>
        <source>No photo matches the filters.</source>
        <translation>Kein Foto entspricht den Filtern.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>No photos here</source>
        <translation>Hier sind keine Fotos</translation>
    </message>
    <message>
        <source>No photo of the album {0} matches.</source>
        <translation>Kein Foto des Albums {0} passt.</translation>
    </message>
    <message>
        <source>No photo matches {0} yet. Right-click the album to edit its labels, or add photos like the ones you want.</source>
        <translation>Noch passt kein Foto zu {0}. Klicken Sie mit der rechten Maustaste auf das Album, um seine Begriffe zu ändern oder Beispielfotos hinzuzufügen.</translation>
    </message>
    <message>
        <source>This album is empty</source>
        <translation>Dieses Album ist leer</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>The model download was cancelled.</source>
        <translation>Der Download des Modells wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The model {0} could not be loaded.</source>
        <translation>Das Modell {0} konnte nicht geladen werden.</translation>
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
    <name>FilterBar</name>
    <message>
        <source>Only photos in this folder</source>
        <translation>Nur Fotos in diesem Ordner</translation>
    </message>
    <message>
        <source>Only photos taken in these days</source>
        <translation>Nur Fotos, die an diesen Tagen aufgenommen wurden</translation>
    </message>
    <message>
        <source>Only photos of these file types</source>
        <translation>Nur Fotos dieser Dateitypen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show photos of every folder, date and type</source>
        <translation>Fotos aller Ordner, Daten und Typen zeigen</translation>
    </message>
    <message>
        <source>All folders</source>
        <translation>Alle Ordner</translation>
    </message>
    <message>
        <source>From {0}</source>
        <translation>Ab {0}</translation>
    </message>
    <message>
        <source>Until {0}</source>
        <translation>Bis {0}</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Beliebiger Typ</translation>
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
    <name>GuiMessages</name>
    <message>
        <source>Choose the folder that holds modules.json.</source>
        <translation>Wählen Sie den Ordner, der modules.json enthält.</translation>
    </message>
    <message>
        <source>Choose the folder where the model is now.</source>
        <translation>Wählen Sie den Ordner, in dem das Modell jetzt liegt.</translation>
    </message>
    <message>
        <source>Choose a folder that holds the model instead.</source>
        <translation>Wählen Sie stattdessen einen Ordner, der das Modell enthält.</translation>
    </message>
    <message>
        <source>Choose the folder of a CLIP image model.</source>
        <translation>Wählen Sie den Ordner eines CLIP-Bildmodells.</translation>
    </message>
    <message>
        <source>Add a folder of photos to start one.</source>
        <translation>Fügen Sie einen Fotoordner hinzu, um einen anzulegen.</translation>
    </message>
    <message>
        <source>Restart mclip-desktop to resume.</source>
        <translation>Starten Sie mclip-desktop neu, um fortzufahren.</translation>
    </message>
    <message>
        <source>An unexpected error occurred; its details were logged.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten; die Einzelheiten wurden protokolliert.</translation>
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
        <source>Fetching the dropped image…</source>
        <translation>Abgelegtes Bild wird abgerufen…</translation>
    </message>
    <message>
        <source>Cannot copy {0}: it cannot be read.</source>
        <translation>{0} kann nicht kopiert werden: Die Datei ist nicht lesbar.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
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
        <source>More like this</source>
        <translation>Mehr wie dieses</translation>
    </message>
    <message>
        <source>Less like this</source>
        <translation>Weniger wie dieses</translation>
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
        <source>Choose the folder of the image model {0}</source>
        <translation>Ordner des Bildmodells {0} wählen</translation>
    </message>
    <message>
        <source>Choose the folder of the text model {0}</source>
        <translation>Ordner des Textmodells {0} wählen</translation>
    </message>
    <message>
        <source>Choose a folder that holds a model</source>
        <translation>Ordner wählen, der ein Modell enthält</translation>
    </message>
    <message>
        <source>The models are ready.</source>
        <translation>Die Modelle sind bereit.</translation>
    </message>
    <message>
        <source>Search your photos, in any language…</source>
        <translation>Fotos durchsuchen, in jeder Sprache…</translation>
    </message>
    <message>
        <source>Checked again: still not available.</source>
        <translation>Erneut geprüft: weiterhin nicht verfügbar.</translation>
    </message>
    <message>
        <source>The models are not available</source>
        <translation>Die Modelle sind nicht verfügbar</translation>
    </message>
    <message>
        <source>Choose model folder for the image model {0}…</source>
        <translation>Modellordner für das Bildmodell {0} wählen…</translation>
    </message>
    <message>
        <source>Choose model folder for the text model {0}…</source>
        <translation>Modellordner für das Textmodell {0} wählen…</translation>
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
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
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
        <source>&amp;Jump to date…</source>
        <translation>Zu &amp;Datum springen…</translation>
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
        <source>Indexing paused while on battery power</source>
        <translation>Indizierung im Akkubetrieb pausiert</translation>
    </message>
    <message>
        <source>&amp;Duplicates…</source>
        <translation>&amp;Duplikate…</translation>
    </message>
    <message>
        <source>&amp;Albums…</source>
        <translation>&amp;Alben…</translation>
    </message>
    <message>
        <source>{0} photos</source>
        <translation>{0} Fotos</translation>
    </message>
    <message>
        <source>No close matches</source>
        <translation>Keine engen Treffer</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <source>{0} matches</source>
        <translation>{0} Treffer</translation>
    </message>
    <message>
        <source>Hide weaker matches</source>
        <translation>Schwächere Treffer ausblenden</translation>
    </message>
    <message>
        <source>Show {0} weaker matches</source>
        <translation>{0} schwächere Treffer zeigen</translation>
    </message>
    <message>
        <source>Removed {0} from the search</source>
        <translation>{0} aus der Suche entfernt</translation>
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
    <name>MemberCard</name>
    <message>
        <source>Cannot show this file</source>
        <translation>Diese Datei kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Diese behalten</translation>
    </message>
    <message>
        <source>{0} × {1} pixels</source>
        <translation>{0} × {1} Pixel</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>not a regular file (a pipe, socket or device)</source>
        <translation>keine normale Datei (eine Pipe, ein Socket oder ein Gerät)</translation>
    </message>
    <message>
        <source>file too large to be a photo ({size_mb} MB)</source>
        <translation>Datei zu groß für ein Foto ({size_mb} MB)</translation>
    </message>
    <message>
        <source>file too large to be a photo (it grew while being read)</source>
        <translation>Datei zu groß für ein Foto (sie wuchs beim Lesen)</translation>
    </message>
    <message>
        <source>the file disappeared before it could be read</source>
        <translation>die Datei verschwand, bevor sie gelesen werden konnte</translation>
    </message>
    <message>
        <source>permission denied: check the file&apos;s permissions</source>
        <translation>Zugriff verweigert: Prüfen Sie die Berechtigungen der Datei</translation>
    </message>
    <message>
        <source>this is a folder, not a photo</source>
        <translation>das ist ein Ordner, kein Foto</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>die Datei kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>leere Datei (0 Byte)</translation>
    </message>
    <message>
        <source>the image has no pixels ({width}x{height})</source>
        <translation>das Bild hat keine Pixel ({width}x{height})</translation>
    </message>
    <message>
        <source>image too large to decode safely ({width}x{height} pixels)</source>
        <translation>Bild zu groß, um es sicher zu dekodieren ({width}x{height} Pixel)</translation>
    </message>
    <message>
        <source>image has too many pixels to be decoded safely</source>
        <translation>das Bild hat zu viele Pixel, um es sicher zu dekodieren</translation>
    </message>
    <message>
        <source>not a photo format mclip-desktop can read (damaged file, or another file type)</source>
        <translation>kein Fotoformat, das mclip-desktop lesen kann (beschädigte Datei oder ein anderer Dateityp)</translation>
    </message>
    <message>
        <source>HEIC/HEIF photo, which this installation cannot read: install pillow-heif</source>
        <translation>HEIC/HEIF-Foto, das diese Installation nicht lesen kann: Installieren Sie pillow-heif</translation>
    </message>
    <message>
        <source>AVIF photo, which this installation cannot read: update Pillow</source>
        <translation>AVIF-Foto, das diese Installation nicht lesen kann: Aktualisieren Sie Pillow</translation>
    </message>
    <message>
        <source>the file is truncated or damaged</source>
        <translation>die Datei ist abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <source>not enough memory to decode this image</source>
        <translation>nicht genug Arbeitsspeicher, um dieses Bild zu dekodieren</translation>
    </message>
    <message>
        <source>the image data is damaged</source>
        <translation>die Bilddaten sind beschädigt</translation>
    </message>
    <message>
        <source>a kind of image this version cannot decode</source>
        <translation>eine Bildart, die diese Version nicht dekodieren kann</translation>
    </message>
    <message>
        <source>cannot decode the image</source>
        <translation>das Bild kann nicht dekodiert werden</translation>
    </message>
    <message>
        <source>the photo is not reachable</source>
        <translation>das Foto ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Cannot use {path} as a query image: {reason}</source>
        <translation>{path} kann nicht als Suchbild verwendet werden: {reason}</translation>
    </message>
    <message>
        <source>The search text is empty.</source>
        <translation>Der Suchtext ist leer.</translation>
    </message>
    <message>
        <source>A search term is empty.</source>
        <translation>Ein Suchbegriff ist leer.</translation>
    </message>
    <message>
        <source>The weight in &apos;{term}&apos; is not a usable number.</source>
        <translation>Das Gewicht in &apos;{term}&apos; ist keine verwendbare Zahl.</translation>
    </message>
    <message>
        <source>The weight &apos;{weight}&apos; in &apos;{term}&apos; is not a number.</source>
        <translation>Das Gewicht &apos;{weight}&apos; in &apos;{term}&apos; ist keine Zahl.</translation>
    </message>
    <message>
        <source>{path} is not an indexed photo of the library.</source>
        <translation>{path} ist kein indiziertes Foto der Bibliothek.</translation>
    </message>
    <message>
        <source>The search terms cancel each other out; change a weight or a term.</source>
        <translation>Die Suchbegriffe heben sich gegenseitig auf; ändern Sie ein Gewicht oder einen Begriff.</translation>
    </message>
    <message>
        <source>Only http and https addresses can be fetched, not {scheme}: {url}</source>
        <translation>Nur http- und https-Adressen können abgerufen werden, nicht {scheme}: {url}</translation>
    </message>
    <message>
        <source>The image at {url} is larger than {size_mb} MB.</source>
        <translation>Das Bild unter {url} ist größer als {size_mb} MB.</translation>
    </message>
    <message>
        <source>Could not fetch {url}. Check the address and the network connection.</source>
        <translation>{url} konnte nicht abgerufen werden. Prüfen Sie die Adresse und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The folder {path} does not hold a sentence-transformers model (no modules.json).</source>
        <translation>Der Ordner {path} enthält kein sentence-transformers-Modell (keine modules.json).</translation>
    </message>
    <message>
        <source>The model folder {path} does not exist.</source>
        <translation>Der Modellordner {path} existiert nicht.</translation>
    </message>
    <message>
        <source>There is no model named &apos;{model}&apos; on the Hugging Face hub.</source>
        <translation>Auf dem Hugging Face Hub gibt es kein Modell namens &apos;{model}&apos;.</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; is not on this computer and could not be downloaded. Connect to the internet once so it can be downloaded, or use a local folder that holds the model.</source>
        <translation>Das Modell &apos;{model}&apos; ist nicht auf diesem Computer und konnte nicht heruntergeladen werden. Verbinden Sie sich einmal mit dem Internet, damit es heruntergeladen werden kann, oder verwenden Sie einen lokalen Ordner, der das Modell enthält.</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; in {path} could not be loaded. Delete it from the cache to download it again, or use another folder.</source>
        <translation>Das Modell &apos;{model}&apos; in {path} konnte nicht geladen werden. Löschen Sie es aus dem Cache, um es erneut herunterzuladen, oder verwenden Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; is not a CLIP image model; use one such as clip-ViT-B-32.</source>
        <translation>Das Modell &apos;{model}&apos; ist kein CLIP-Bildmodell; verwenden Sie eines wie clip-ViT-B-32.</translation>
    </message>
    <message>
        <source>The text model &apos;{text_model}&apos; makes {text_dim}-d vectors but the photos were indexed with {image_dim}-d vectors by &apos;{image_model}&apos;. Use a text model trained for that image model.</source>
        <translation>Das Textmodell &apos;{text_model}&apos; erzeugt {text_dim}-dimensionale Vektoren, die Fotos wurden aber von &apos;{image_model}&apos; mit {image_dim}-dimensionalen Vektoren indiziert. Verwenden Sie ein Textmodell, das für dieses Bildmodell trainiert wurde.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist or is not a folder.</source>
        <translation>Der Ordner {path} existiert nicht oder ist kein Ordner.</translation>
    </message>
    <message>
        <source>{path} is not a watched folder.</source>
        <translation>{path} ist kein überwachter Ordner.</translation>
    </message>
    <message>
        <source>There is no catalog at {path} yet.</source>
        <translation>Unter {path} gibt es noch keinen Katalog.</translation>
    </message>
    <message>
        <source>The catalog {path} was written by a newer version of mclip-desktop (schema {version}, this version knows {known}). It was left untouched: update mclip-desktop.</source>
        <translation>Der Katalog {path} wurde von einer neueren Version von mclip-desktop geschrieben (Schema {version}, diese Version kennt {known}). Er wurde nicht verändert: Aktualisieren Sie mclip-desktop.</translation>
    </message>
    <message>
        <source>The catalog {path} needs an upgrade (schema {version} to {known}), but no backup could be written first. Nothing was changed: free some space or make the folder writable, then start again.</source>
        <translation>Der Katalog {path} muss aktualisiert werden (Schema {version} auf {known}), aber zuvor konnte keine Sicherung geschrieben werden. Nichts wurde verändert: Schaffen Sie Speicherplatz oder machen Sie den Ordner beschreibbar, und starten Sie dann erneut.</translation>
    </message>
    <message>
        <source>The disk holding the catalog {path} is full. Work finished before this is kept; free some space and start again.</source>
        <translation>Der Datenträger mit dem Katalog {path} ist voll. Bis hierhin erledigte Arbeit bleibt erhalten; schaffen Sie Speicherplatz und starten Sie erneut.</translation>
    </message>
    <message>
        <source>Cannot write the login service file {path}: {reason}.</source>
        <translation>Die Datei des Anmeldedienstes {path} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>The login service is written for Linux (systemd); on macOS see the README (launchd).</source>
        <translation>Der Anmeldedienst ist für Linux (systemd) geschrieben; unter macOS siehe die README (launchd).</translation>
    </message>
    <message>
        <source>The catalog {path} is read-only. Make its folder writable.</source>
        <translation>Der Katalog {path} ist schreibgeschützt. Machen Sie seinen Ordner beschreibbar.</translation>
    </message>
    <message>
        <source>The catalog {path} cannot be written.</source>
        <translation>In den Katalog {path} kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The catalog {path} stayed locked by another mclip-desktop for too long. Close the other window or command and try again.</source>
        <translation>Der Katalog {path} war zu lange von einem anderen mclip-desktop gesperrt. Schließen Sie das andere Fenster oder den anderen Befehl und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The data folder {path} is read-only. mclip-desktop keeps its catalog and index there and must be able to write: make it writable.</source>
        <translation>Der Datenordner {path} ist schreibgeschützt. mclip-desktop speichert dort seinen Katalog und Index und muss darin schreiben können: Machen Sie ihn beschreibbar.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Free some space.</source>
        <translation>Der Datenträger mit {path} ist voll. Schaffen Sie Speicherplatz.</translation>
    </message>
    <message>
        <source>Cannot open the catalog {path}. Check that its folder is writable.</source>
        <translation>Der Katalog {path} kann nicht geöffnet werden. Prüfen Sie, ob sein Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>The catalog {path} is damaged. A backup made before an upgrade may sit beside it.</source>
        <translation>Der Katalog {path} ist beschädigt. Daneben liegt möglicherweise eine vor einer Aktualisierung angelegte Sicherung.</translation>
    </message>
    <message>
        <source>The catalog {path} cannot be used. If the disk is full or read-only, free some space or make it writable.</source>
        <translation>Der Katalog {path} kann nicht verwendet werden. Ist der Datenträger voll oder schreibgeschützt, schaffen Sie Speicherplatz oder machen Sie ihn beschreibbar.</translation>
    </message>
    <message>
        <source>Could not save the search index {path}. The previous index file is kept and is brought up to date from the catalog at the next start; check the data folder.</source>
        <translation>Der Suchindex {path} konnte nicht gespeichert werden. Die bisherige Indexdatei bleibt erhalten und wird beim nächsten Start aus dem Katalog aktualisiert; prüfen Sie den Datenordner.</translation>
    </message>
    <message>
        <source>Could not save the search index {path}: the disk is full. The previous index file is kept and is brought up to date from the catalog at the next start; free some space.</source>
        <translation>Der Suchindex {path} konnte nicht gespeichert werden: Der Datenträger ist voll. Die bisherige Indexdatei bleibt erhalten und wird beim nächsten Start aus dem Katalog aktualisiert; schaffen Sie Speicherplatz.</translation>
    </message>
    <message>
        <source>The system ran out of folder watches, so some folders are checked for changes every few seconds instead. To raise the limit on Linux: echo fs.inotify.max_user_watches=524288 | sudo tee /etc/sysctl.d/60-mclip-desktop.conf &amp;&amp; sudo sysctl --system</source>
        <translation>Das System hat keine Ordnerüberwachungen mehr frei, daher werden einige Ordner stattdessen alle paar Sekunden auf Änderungen geprüft. So erhöhen Sie das Limit unter Linux: echo fs.inotify.max_user_watches=524288 | sudo tee /etc/sysctl.d/60-mclip-desktop.conf &amp;&amp; sudo sysctl --system</translation>
    </message>
    <message>
        <source>The system ran out of folder watchers, so some folders are checked for changes every few seconds instead. To raise the limit on Linux: echo fs.inotify.max_user_instances=1024 | sudo tee /etc/sysctl.d/61-mclip-desktop.conf &amp;&amp; sudo sysctl --system</source>
        <translation>Das System hat keine Ordnerbeobachter mehr frei, daher werden einige Ordner stattdessen alle paar Sekunden auf Änderungen geprüft. So erhöhen Sie das Limit unter Linux: echo fs.inotify.max_user_instances=1024 | sudo tee /etc/sysctl.d/61-mclip-desktop.conf &amp;&amp; sudo sysctl --system</translation>
    </message>
    <message>
        <source>Cannot watch {path} for changes; it is checked every few seconds instead.</source>
        <translation>{path} kann nicht auf Änderungen überwacht werden; der Ordner wird stattdessen alle paar Sekunden geprüft.</translation>
    </message>
    <message>
        <source>Cannot watch {path}; rescans still find its changes.</source>
        <translation>{path} kann nicht überwacht werden; erneute Durchsuchungen finden seine Änderungen trotzdem.</translation>
    </message>
    <message>
        <source>Switching models: the photos were embedded with &apos;{old}&apos; and are now embedded again with &apos;{new}&apos;. Searches use the old vectors until this is complete.</source>
        <translation>Modellwechsel: Die Fotos wurden mit &apos;{old}&apos; eingebettet und werden jetzt mit &apos;{new}&apos; neu eingebettet. Bis dahin nutzen Suchen die alten Vektoren.</translation>
    </message>
    <message>
        <source>Switched models: searches now use &apos;{model}&apos;.</source>
        <translation>Modell gewechselt: Suchen nutzen jetzt &apos;{model}&apos;.</translation>
    </message>
    <message>
        <source>{path} is back; checking it for changes.</source>
        <translation>{path} ist wieder da; er wird auf Änderungen geprüft.</translation>
    </message>
    <message>
        <source>{path} is not reachable; its photos are kept until it is back.</source>
        <translation>{path} ist nicht erreichbar; seine Fotos bleiben erhalten, bis er wieder da ist.</translation>
    </message>
    <message>
        <source>Indexing stopped: {reason}</source>
        <translation>Indizierung angehalten: {reason}</translation>
    </message>
    <message>
        <source>Indexing stopped after an unexpected error.</source>
        <translation>Die Indizierung wurde nach einem unerwarteten Fehler angehalten.</translation>
    </message>
    <message>
        <source>The search index could not be saved: {reason}</source>
        <translation>Der Suchindex konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>An album needs a name.</source>
        <translation>Ein Album braucht einen Namen.</translation>
    </message>
    <message>
        <source>A label of the album &apos;{name}&apos; is empty; give some words.</source>
        <translation>Ein Begriff des Albums &apos;{name}&apos; ist leer; geben Sie Wörter an.</translation>
    </message>
    <message>
        <source>The strictness {value} is not a number between 0 (loose) and 1 (strict).</source>
        <translation>Die Strenge {value} ist keine Zahl zwischen 0 (locker) und 1 (streng).</translation>
    </message>
    <message>
        <source>The example photo {path} does not exist or is not a file.</source>
        <translation>Das Beispielfoto {path} existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <source>The example photo {path} cannot be read ({why}).</source>
        <translation>Das Beispielfoto {path} kann nicht gelesen werden ({why}).</translation>
    </message>
    <message>
        <source>There is no album named &apos;{name}&apos; (albums: {known}).</source>
        <translation>Es gibt kein Album namens &apos;{name}&apos; (Alben: {known}).</translation>
    </message>
    <message>
        <source>There is no album named &apos;{name}&apos;; there are no albums yet.</source>
        <translation>Es gibt kein Album namens &apos;{name}&apos;; es gibt noch keine Alben.</translation>
    </message>
    <message>
        <source>This album no longer exists; it may have been removed meanwhile.</source>
        <translation>Dieses Album gibt es nicht mehr; es wurde wohl inzwischen entfernt.</translation>
    </message>
    <message>
        <source>An album named &apos;{name}&apos; exists already; choose another name or remove it first.</source>
        <translation>Ein Album namens &apos;{name}&apos; gibt es bereits; wählen Sie einen anderen Namen oder entfernen Sie es zuerst.</translation>
    </message>
    <message>
        <source>The photo {path} is not in the library.</source>
        <translation>Das Foto {path} ist nicht in der Bibliothek.</translation>
    </message>
    <message>
        <source>{option} {value} is not a date; write it as YYYY-MM-DD.</source>
        <translation>{option} {value} ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Give the folder to export into, or ask for XMP sidecars instead.</source>
        <translation>Geben Sie den Zielordner für den Export an oder verlangen Sie stattdessen XMP-Begleitdateien.</translation>
    </message>
    <message>
        <source>{path} exists and is not a folder; choose a folder to export to.</source>
        <translation>{path} existiert und ist kein Ordner; wählen Sie einen Ordner für den Export.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be written ({why}); choose another folder.</source>
        <translation>In den Ordner {path} kann nicht geschrieben werden ({why}); wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>{count} files could not be written (see above).</source>
        <translation>{count} Dateien konnten nicht geschrieben werden (siehe oben).</translation>
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
    <name>QueryBar</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <source>Order: best match first, or newest first</source>
        <translation>Reihenfolge: beste Treffer zuerst oder neueste zuerst</translation>
    </message>
</context>
<context>
    <name>QueryChip</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Excluded: click to include</source>
        <translation>Ausgeschlossen: klicken zum Einschließen</translation>
    </message>
    <message>
        <source>Included: click to exclude</source>
        <translation>Eingeschlossen: klicken zum Ausschließen</translation>
    </message>
    <message>
        <source>Remove from the search</source>
        <translation>Aus der Suche entfernen</translation>
    </message>
    <message>
        <source>Like this photo: {0}</source>
        <translation>Wie dieses Foto: {0}</translation>
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
    <message>
        <source>The same photo is also at:</source>
        <translation>Dasselbe Foto liegt auch hier:</translation>
    </message>
    <message>
        <source>Weaker matches</source>
        <translation>Schwächere Treffer</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Keep this text as a term of the search (Ctrl+Enter)</source>
        <translation>Diesen Text als Suchbegriff behalten (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Keep as a search term</source>
        <translation>Als Suchbegriff behalten</translation>
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
        <source>Click to look for copies of the same photo.</source>
        <translation>Klicken, um nach Kopien desselben Fotos zu suchen.</translation>
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
    <message>
        <source>Groups of copies of the same photo: {0}. Click to review them.</source>
        <translation>Gruppen von Kopien desselben Fotos: {0}. Zum Prüfen klicken.</translation>
    </message>
    <message>
        <source>New album…</source>
        <translation>Neues Album…</translation>
    </message>
    <message>
        <source>Edit album…</source>
        <translation>Album bearbeiten…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Remove album…</source>
        <translation>Album entfernen…</translation>
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
