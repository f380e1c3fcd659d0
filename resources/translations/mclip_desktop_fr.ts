<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AlbumsController</name>
    <message>
        <source>Edit album</source>
        <translation>Modifier l’album</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Remove album</source>
        <translation>Supprimer l’album</translation>
    </message>
    <message>
        <source>Remove the album {0}? Its photos stay where they are.</source>
        <translation>Supprimer l’album {0} ? Ses photos restent où elles sont.</translation>
    </message>
    <message>
        <source>Removed the album {0}</source>
        <translation>Album {0} supprimé</translation>
    </message>
    <message>
        <source>Copy the photos of {0} to</source>
        <translation>Copier les photos de {0} vers</translation>
    </message>
    <message>
        <source>Copied {0} photos of {1} to {2}</source>
        <translation>{0} photos de {1} copiées vers {2}</translation>
    </message>
    <message>
        <source>{0} already there, {1} failed</source>
        <translation>{0} déjà présentes, {1} en échec</translation>
    </message>
</context>
<context>
    <name>AlbumsPanel</name>
    <message>
        <source>New album…</source>
        <translation>Nouvel album…</translation>
    </message>
    <message>
        <source>Remove album</source>
        <translation>Supprimer l’album</translation>
    </message>
    <message>
        <source>Loose: more photos. Strict: only the clearest matches.</source>
        <translation>Souple : plus de photos. Strict : seulement les correspondances les plus nettes.</translation>
    </message>
    <message>
        <source>Loose</source>
        <translation>Souple</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Strict</translation>
    </message>
    <message>
        <source>Albums</source>
        <translation>Albums</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 photo</translation>
    </message>
    <message>
        <source>{0} photos</source>
        <translation>{0} photos</translation>
    </message>
    <message>
        <source>New album</source>
        <translation>Nouvel album</translation>
    </message>
    <message>
        <source>Not in this album</source>
        <translation>Pas dans cet album</translation>
    </message>
    <message>
        <source>Always in this album</source>
        <translation>Toujours dans cet album</translation>
    </message>
    <message>
        <source>Back to automatic</source>
        <translation>Revenir en automatique</translation>
    </message>
</context>
<context>
    <name>AlbumsWindow</name>
    <message>
        <source>Albums</source>
        <translation>Albums</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Downloading the model {model} (first use only)…</source>
        <translation>Téléchargement du modèle {model} (première utilisation seulement)…</translation>
    </message>
    <message>
        <source>No folders are watched yet: run &apos;mclip-desktop index FOLDER&apos;.</source>
        <translation>Aucun dossier n&apos;est encore surveillé : lancez &apos;mclip-desktop index DOSSIER&apos;.</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>Impossible de lire {path} : {reason}</translation>
    </message>
    <message>
        <source>The folder {path} is not reachable; its photos are kept.</source>
        <translation>Le dossier {path} est inaccessible ; ses photos sont conservées.</translation>
    </message>
    <message>
        <source>{indexed} photos searchable: {embedded} newly embedded, {reused} moved or duplicates, {removed} removed, {failed} could not be read ({seconds} s).</source>
        <translation>{indexed} photos consultables : {embedded} nouvellement analysées, {reused} déplacées ou en double, {removed} retirées, {failed} illisibles ({seconds} s).</translation>
    </message>
    <message>
        <source>-n must be a positive number of results.</source>
        <translation>-n doit être un nombre de résultats positif.</translation>
    </message>
    <message>
        <source>A search needs a term to look for, not only terms to avoid.</source>
        <translation>Une recherche a besoin d&apos;un terme à chercher, pas seulement de termes à éviter.</translation>
    </message>
    <message>
        <source>{option} {value}: not a date; write it as YYYY-MM-DD.</source>
        <translation>{option} {value} : ce n&apos;est pas une date ; écrivez-la sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>--after {first} is later than --before {last}: no day is in between.</source>
        <translation>--after {first} est postérieur à --before {last} : aucun jour entre les deux.</translation>
    </message>
    <message>
        <source>--type {type}: unknown file type; use one of {types}.</source>
        <translation>--type {type} : type de fichier inconnu ; utilisez l&apos;un de {types}.</translation>
    </message>
    <message>
        <source>--sort {sort}: sort by &apos;relevance&apos; or &apos;date&apos;.</source>
        <translation>--sort {sort} : triez par &apos;relevance&apos; ou &apos;date&apos;.</translation>
    </message>
    <message>
        <source>--folder {path} is not a watched folder or inside one. &apos;mclip-desktop folders list&apos; shows them.</source>
        <translation>--folder {path} n&apos;est pas un dossier surveillé ni à l&apos;intérieur d&apos;un tel dossier. &apos;mclip-desktop folders list&apos; les affiche.</translation>
    </message>
    <message>
        <source>No photos indexed yet: run &apos;mclip-desktop index FOLDER&apos; first.</source>
        <translation>Aucune photo indexée pour l&apos;instant : lancez d&apos;abord &apos;mclip-desktop index DOSSIER&apos;.</translation>
    </message>
    <message>
        <source>No matching photos.</source>
        <translation>Aucune photo correspondante.</translation>
    </message>
    <message>
        <source>{count} weaker matches not shown (use -n to see more).</source>
        <translation>{count} correspondances plus faibles non affichées (utilisez -n pour en voir plus).</translation>
    </message>
    <message>
        <source>Searching with &apos;{old}&apos;, the model this library&apos;s photos are embedded with; &apos;{new}&apos; (from {source}) takes over once &apos;mclip-desktop index&apos; has embedded them again.</source>
        <translation>Recherche avec &apos;{old}&apos;, le modèle avec lequel les photos de cette bibliothèque sont encodées ; &apos;{new}&apos; (de {source}) prend le relais une fois que &apos;mclip-desktop index&apos; les a encodées à nouveau.</translation>
    </message>
    <message>
        <source>Watching {path}. Run &apos;mclip-desktop index&apos; to index it.</source>
        <translation>{path} est surveillé. Lancez &apos;mclip-desktop index&apos; pour l&apos;indexer.</translation>
    </message>
    <message>
        <source>No longer watching {path}; its photos left the index.</source>
        <translation>{path} n&apos;est plus surveillé ; ses photos ont quitté l&apos;index.</translation>
    </message>
    <message>
        <source>{path}  {files} files</source>
        <translation>{path}  {files} fichiers</translation>
    </message>
    <message>
        <source>{path}  {files} files  (offline)</source>
        <translation>{path}  {files} fichiers  (hors ligne)</translation>
    </message>
    <message>
        <source>{indexed} photos searchable, {pending} waiting, {failed} could not be read.</source>
        <translation>{indexed} photos consultables, {pending} en attente, {failed} illisibles.</translation>
    </message>
    <message>
        <source>{path}  ({files} files, online)</source>
        <translation>{path}  ({files} fichiers, en ligne)</translation>
    </message>
    <message>
        <source>{path}  ({files} files, offline)</source>
        <translation>{path}  ({files} fichiers, hors ligne)</translation>
    </message>
    <message>
        <source>could not read {path}: {reason}</source>
        <translation>impossible de lire {path} : {reason}</translation>
    </message>
    <message>
        <source>… and {count} more (see status --json)</source>
        <translation>… et {count} de plus (voir status --json)</translation>
    </message>
    <message>
        <source>Models: image {image}, text {text_model}</source>
        <translation>Modèles : image {image}, texte {text_model}</translation>
    </message>
    <message>
        <source>switching to {model}: {count} photo(s) still to embed (run &apos;mclip-desktop index&apos;)</source>
        <translation>passage à {model} : encore {count} photo(s) à encoder (lancez &apos;mclip-desktop index&apos;)</translation>
    </message>
    <message>
        <source>Data: {path}</source>
        <translation>Données : {path}</translation>
    </message>
    <message>
        <source>No folders are watched yet: run &apos;mclip-desktop watch FOLDER&apos;.</source>
        <translation>Aucun dossier n&apos;est encore surveillé : lancez &apos;mclip-desktop watch DOSSIER&apos;.</translation>
    </message>
    <message>
        <source>Watching {count} folder(s); press Ctrl-C to stop.</source>
        <translation>Surveillance de {count} dossier(s) ; appuyez sur Ctrl-C pour arrêter.</translation>
    </message>
    <message>
        <source>Watching stopped after an error (see the messages above).</source>
        <translation>La surveillance s&apos;est arrêtée après une erreur (voir les messages ci-dessus).</translation>
    </message>
    <message>
        <source>Removed the login service {unit}.</source>
        <translation>Service de connexion {unit} supprimé.</translation>
    </message>
    <message>
        <source>The login service {name} runs &apos;{command}&apos; now and at each login; &apos;systemctl --user status {name}&apos; shows it.</source>
        <translation>Le service de connexion {name} exécute &apos;{command}&apos; maintenant et à chaque connexion ; &apos;systemctl --user status {name}&apos; l&apos;affiche.</translation>
    </message>
    <message>
        <source>Wrote {unit}. Start it with: systemctl --user enable --now {name}</source>
        <translation>{unit} écrit. Démarrez-le avec : systemctl --user enable --now {name}</translation>
    </message>
    <message>
        <source>The desktop app cannot start: a part of it is missing. Reinstall mclip-desktop with its dependencies, or use the command line (see &apos;mclip-desktop --help&apos;).</source>
        <translation>L&apos;application de bureau ne peut pas démarrer : une partie manque. Réinstallez mclip-desktop avec ses dépendances, ou utilisez la ligne de commande (voir &apos;mclip-desktop --help&apos;).</translation>
    </message>
    <message>
        <source>stopped. Work finished so far is kept.</source>
        <translation>arrêté. Le travail déjà terminé est conservé.</translation>
    </message>
</context>
<context>
    <name>CliMessages</name>
    <message>
        <source>Point {flag} at the folder that holds modules.json.</source>
        <translation>Indiquez avec {flag} le dossier qui contient modules.json.</translation>
    </message>
    <message>
        <source>Check {flag}.</source>
        <translation>Vérifiez {flag}.</translation>
    </message>
    <message>
        <source>Give a local folder with {flag} FOLDER.</source>
        <translation>Indiquez un dossier local avec {flag} DOSSIER.</translation>
    </message>
    <message>
        <source>Give another folder with {flag} FOLDER.</source>
        <translation>Indiquez un autre dossier avec {flag} DOSSIER.</translation>
    </message>
    <message>
        <source>Check --text-model and --image-model.</source>
        <translation>Vérifiez --text-model et --image-model.</translation>
    </message>
    <message>
        <source>&apos;mclip-desktop folders list&apos; shows them.</source>
        <translation>&apos;mclip-desktop folders list&apos; les affiche.</translation>
    </message>
    <message>
        <source>Run &apos;mclip-desktop index FOLDER&apos; first.</source>
        <translation>Lancez d&apos;abord &apos;mclip-desktop index DOSSIER&apos;.</translation>
    </message>
    <message>
        <source>Or use another --data-dir.</source>
        <translation>Ou utilisez un autre --data-dir.</translation>
    </message>
    <message>
        <source>Or choose another with --data-dir.</source>
        <translation>Ou choisissez-en un autre avec --data-dir.</translation>
    </message>
    <message>
        <source>Run &apos;mclip-desktop check&apos; to see what is wrong.</source>
        <translation>Lancez &apos;mclip-desktop check&apos; pour voir ce qui ne va pas.</translation>
    </message>
    <message>
        <source>Or choose another with --data-dir (or MCLIP_DATA_DIR).</source>
        <translation>Ou choisissez-en un autre avec --data-dir (ou MCLIP_DATA_DIR).</translation>
    </message>
    <message>
        <source>Or choose another --data-dir.</source>
        <translation>Ou choisissez un autre --data-dir.</translation>
    </message>
    <message>
        <source>Run &apos;mclip-desktop watch&apos; again to resume.</source>
        <translation>Relancez &apos;mclip-desktop watch&apos; pour reprendre.</translation>
    </message>
</context>
<context>
    <name>DateRangePanel</name>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>mclip-desktop cannot start</source>
        <translation>mclip-desktop ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Recherche des doublons…</translation>
    </message>
    <message>
        <source>Also show similar shots (bursts)</source>
        <translation>Afficher aussi les prises semblables (rafales)</translation>
    </message>
    <message>
        <source>Zoom in to compare</source>
        <translation>Agrandir pour comparer</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Chercher à nouveau</translation>
    </message>
    <message>
        <source>Keep selected, move the others to the trash</source>
        <translation>Garder la sélection, mettre les autres à la corbeille</translation>
    </message>
    <message>
        <source>Do this for all groups</source>
        <translation>Faire de même pour tous les groupes</translation>
    </message>
    <message>
        <source>Exact copies</source>
        <translation>Copies exactes</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Similar shots</source>
        <translation>Prises semblables</translation>
    </message>
    <message>
        <source>{0} groups; {1} files can go to the trash.</source>
        <translation>{0} groupes ; {1} fichiers peuvent aller à la corbeille.</translation>
    </message>
    <message>
        <source>No duplicates among {0} photos.</source>
        <translation>Aucun doublon parmi {0} photos.</translation>
    </message>
    <message>
        <source>Could not look for duplicates: {0}</source>
        <translation>Impossible de chercher les doublons : {0}</translation>
    </message>
    <message>
        <source>highest resolution ({0} × {1})</source>
        <translation>plus haute résolution ({0} × {1})</translation>
    </message>
    <message>
        <source>least compression</source>
        <translation>moins compressée</translation>
    </message>
    <message>
        <source>has camera metadata (EXIF)</source>
        <translation>contient des métadonnées d&apos;appareil (EXIF)</translation>
    </message>
    <message>
        <source>oldest file</source>
        <translation>fichier le plus ancien</translation>
    </message>
    <message>
        <source>all copies are alike; the first by name</source>
        <translation>toutes les copies sont identiques ; la première par nom</translation>
    </message>
    <message>
        <source>Suggested: keep {0} — {1}.</source>
        <translation>Suggestion : garder {0} — {1}.</translation>
    </message>
    <message>
        <source>Moved {0} files to the trash.</source>
        <translation>{0} fichiers mis à la corbeille.</translation>
    </message>
    <message>
        <source>Skipped {0} groups: {1}</source>
        <translation>{0} groupes ignorés : {1}</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Choose model folder…</source>
        <translation>Choisir le dossier du modèle…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Looking for the models…</source>
        <translation>Recherche des modèles…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>Ajouter {0}</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Choisir un autre dossier…</translation>
    </message>
    <message>
        <source>No folders yet</source>
        <translation>Aucun dossier pour l’instant</translation>
    </message>
    <message>
        <source>Choose the folders that hold your photos. Nothing leaves this computer.</source>
        <translation>Choisissez les dossiers qui contiennent vos photos. Rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>You can also drop a folder onto this window.</source>
        <translation>Vous pouvez aussi déposer un dossier sur cette fenêtre.</translation>
    </message>
    <message>
        <source>Indexing {done} of {total} photos</source>
        <translation>Indexation : {done} photos sur {total}</translation>
    </message>
    <message>
        <source>You can search already: new photos join the results as they are indexed.</source>
        <translation>Vous pouvez déjà chercher : les nouvelles photos s’ajoutent aux résultats au fur et à mesure de leur indexation.</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>Recherche de photos…</translation>
    </message>
    <message>
        <source>Indexing starts in a moment; the window stays usable meanwhile.</source>
        <translation>L’indexation commence dans un instant ; la fenêtre reste utilisable pendant ce temps.</translation>
    </message>
    <message>
        <source>Loading the models; your search runs as soon as they are ready…</source>
        <translation>Chargement des modèles ; votre recherche sera lancée dès qu’ils seront prêts…</translation>
    </message>
    <message>
        <source>No indexed photo in {0} matches yet.</source>
        <translation>Aucune photo indexée de {0} ne correspond pour l’instant.</translation>
    </message>
    <message>
        <source>No indexed photo matches yet.</source>
        <translation>Aucune photo indexée ne correspond pour l’instant.</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>{0} holds no photos that could be read.</source>
        <translation>{0} ne contient aucune photo lisible.</translation>
    </message>
    <message>
        <source>The watched folders hold no photos that could be read.</source>
        <translation>Les dossiers surveillés ne contiennent aucune photo lisible.</translation>
    </message>
    <message>
        <source>No photos here yet</source>
        <translation>Pas encore de photos ici</translation>
    </message>
    <message>
        <source>Show {0} weaker matches</source>
        <translation>Afficher {0} correspondances plus faibles</translation>
    </message>
    <message>
        <source>No close matches</source>
        <translation>Aucune correspondance proche</translation>
    </message>
    <message>
        <source>No photo matches the filters.</source>
        <translation>Aucune photo ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>No photos here</source>
        <translation>Aucune photo ici</translation>
    </message>
    <message>
        <source>No photo of the album {0} matches.</source>
        <translation>Aucune photo de l’album {0} ne correspond.</translation>
    </message>
    <message>
        <source>No photo matches {0} yet. Right-click the album to edit its labels, or add photos like the ones you want.</source>
        <translation>Aucune photo ne correspond encore à {0}. Faites un clic droit sur l’album pour modifier ses libellés ou ajouter des photos d’exemple.</translation>
    </message>
    <message>
        <source>This album is empty</source>
        <translation>Cet album est vide</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>The model download was cancelled.</source>
        <translation>Le téléchargement du modèle a été annulé.</translation>
    </message>
    <message>
        <source>The model {0} could not be loaded.</source>
        <translation>Le modèle {0} n&apos;a pas pu être chargé.</translation>
    </message>
</context>
<context>
    <name>FailuresDialog</name>
    <message>
        <source>Files that could not be read</source>
        <translation>Fichiers illisibles</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>These files are skipped until they change. Nothing else is affected.</source>
        <translation>Ces fichiers sont ignorés jusqu’à ce qu’ils changent. Rien d’autre n’est affecté.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Cannot open {0}: the file is no longer there.</source>
        <translation>Impossible d’ouvrir {0} : le fichier n’existe plus.</translation>
    </message>
    <message>
        <source>No application could open {0}. Is a default image viewer set?</source>
        <translation>Aucune application n’a pu ouvrir {0}. Une visionneuse d’images par défaut est-elle définie ?</translation>
    </message>
    <message>
        <source>Cannot show {0}: the folder is no longer there.</source>
        <translation>Impossible d’afficher {0} : le dossier n’existe plus.</translation>
    </message>
    <message>
        <source>No file manager could show {0}. Is a default file manager set?</source>
        <translation>Aucun gestionnaire de fichiers n’a pu afficher {0}. Un gestionnaire de fichiers par défaut est-il défini ?</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Only photos in this folder</source>
        <translation>Seulement les photos de ce dossier</translation>
    </message>
    <message>
        <source>Only photos taken in these days</source>
        <translation>Seulement les photos prises ces jours-là</translation>
    </message>
    <message>
        <source>Only photos of these file types</source>
        <translation>Seulement les photos de ces types de fichier</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Show photos of every folder, date and type</source>
        <translation>Afficher les photos de tous les dossiers, dates et types</translation>
    </message>
    <message>
        <source>All folders</source>
        <translation>Tous les dossiers</translation>
    </message>
    <message>
        <source>From {0}</source>
        <translation>À partir du {0}</translation>
    </message>
    <message>
        <source>Until {0}</source>
        <translation>Jusqu’au {0}</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tous les types</translation>
    </message>
</context>
<context>
    <name>FoldersDialog</name>
    <message>
        <source>Watched folders</source>
        <translation>Dossiers surveillés</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Photos in these folders and their subfolders are searchable.</source>
        <translation>Les photos de ces dossiers et de leurs sous-dossiers peuvent être recherchées.</translation>
    </message>
    <message>
        <source>{0}  (not reachable)</source>
        <translation>{0}  (inaccessible)</translation>
    </message>
    <message>
        <source>Cannot add folder</source>
        <translation>Impossible d’ajouter le dossier</translation>
    </message>
    <message>
        <source>Add a folder of photos</source>
        <translation>Ajouter un dossier de photos</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
</context>
<context>
    <name>GuiMessages</name>
    <message>
        <source>Choose the folder that holds modules.json.</source>
        <translation>Choisissez le dossier qui contient modules.json.</translation>
    </message>
    <message>
        <source>Choose the folder where the model is now.</source>
        <translation>Choisissez le dossier où se trouve maintenant le modèle.</translation>
    </message>
    <message>
        <source>Choose a folder that holds the model instead.</source>
        <translation>Choisissez plutôt un dossier qui contient le modèle.</translation>
    </message>
    <message>
        <source>Choose the folder of a CLIP image model.</source>
        <translation>Choisissez le dossier d&apos;un modèle d&apos;image CLIP.</translation>
    </message>
    <message>
        <source>Add a folder of photos to start one.</source>
        <translation>Ajoutez un dossier de photos pour en créer un.</translation>
    </message>
    <message>
        <source>Restart mclip-desktop to resume.</source>
        <translation>Redémarrez mclip-desktop pour reprendre.</translation>
    </message>
    <message>
        <source>An unexpected error occurred; its details were logged.</source>
        <translation>Une erreur inattendue s&apos;est produite ; ses détails ont été journalisés.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>LibraryStatusBar</name>
    <message>
        <source>Pause indexing</source>
        <translation>Suspendre l’indexation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the model download</source>
        <translation>Annuler le téléchargement du modèle</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Downloading {model}: {done:.0f} of {total:.0f} MB (first use only)</source>
        <translation>Téléchargement de {model} : {done:.0f} sur {total:.0f} Mo (première utilisation uniquement)</translation>
    </message>
    <message>
        <source>Resume indexing</source>
        <translation>Reprendre l’indexation</translation>
    </message>
    <message>
        <source>1 unreadable file</source>
        <translation>1 fichier illisible</translation>
    </message>
    <message>
        <source>{0} unreadable files</source>
        <translation>{0} fichiers illisibles</translation>
    </message>
    <message>
        <source>Indexing {done} of {total}</source>
        <translation>Indexation : {done} sur {total}</translation>
    </message>
    <message>
        <source> · {rate:.1f} photos/s</source>
        <translation> · {rate:.1f} photos/s</translation>
    </message>
    <message>
        <source> · {0} left</source>
        <translation> · encore {0}</translation>
    </message>
    <message>
        <source>1 photo searchable</source>
        <translation>1 photo indexée</translation>
    </message>
    <message>
        <source>{0} photos searchable</source>
        <translation>{0} photos indexées</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading the models…</source>
        <translation>Chargement des modèles…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>&amp;Ajouter un dossier…</translation>
    </message>
    <message>
        <source>&amp;Watched folders…</source>
        <translation>Dossiers &amp;surveillés…</translation>
    </message>
    <message>
        <source>Choose &amp;model folder…</source>
        <translation>Choisir le dossier du &amp;modèle…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Paste image as query</source>
        <translation>&amp;Coller une image comme requête</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Larger thumbnails</source>
        <translation>&amp;Agrandir les miniatures</translation>
    </message>
    <message>
        <source>&amp;Smaller thumbnails</source>
        <translation>&amp;Réduire les miniatures</translation>
    </message>
    <message>
        <source>Fetching the dropped image…</source>
        <translation>Récupération de l’image déposée…</translation>
    </message>
    <message>
        <source>Cannot copy {0}: it cannot be read.</source>
        <translation>Impossible de copier {0} : le fichier est illisible.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copier l’image</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>Trouver des photos similaires</translation>
    </message>
    <message>
        <source>More like this</source>
        <translation>Plus comme celle-ci</translation>
    </message>
    <message>
        <source>Less like this</source>
        <translation>Moins comme celle-ci</translation>
    </message>
    <message>
        <source>Add a folder of photos</source>
        <translation>Ajouter un dossier de photos</translation>
    </message>
    <message>
        <source>Watching {0}</source>
        <translation>Surveillance de {0}</translation>
    </message>
    <message>
        <source>Choose the folder of the image model {0}</source>
        <translation>Choisir le dossier du modèle d&apos;image {0}</translation>
    </message>
    <message>
        <source>Choose the folder of the text model {0}</source>
        <translation>Choisir le dossier du modèle de texte {0}</translation>
    </message>
    <message>
        <source>Choose a folder that holds a model</source>
        <translation>Choisissez un dossier contenant un modèle</translation>
    </message>
    <message>
        <source>The models are ready.</source>
        <translation>Les modèles sont prêts.</translation>
    </message>
    <message>
        <source>Search your photos, in any language…</source>
        <translation>Recherchez dans vos photos, dans n’importe quelle langue…</translation>
    </message>
    <message>
        <source>Checked again: still not available.</source>
        <translation>Nouvelle vérification : toujours indisponible.</translation>
    </message>
    <message>
        <source>The models are not available</source>
        <translation>Les modèles ne sont pas disponibles</translation>
    </message>
    <message>
        <source>Choose model folder for the image model {0}…</source>
        <translation>Choisir le dossier du modèle d&apos;image {0}…</translation>
    </message>
    <message>
        <source>Choose model folder for the text model {0}…</source>
        <translation>Choisir le dossier du modèle de texte {0}…</translation>
    </message>
    <message>
        <source>Jump to date</source>
        <translation>Aller à une date</translation>
    </message>
    <message>
        <source>Jump to a month (Ctrl+J)</source>
        <translation>Aller à un mois (Ctrl+J)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Copy &amp;to…</source>
        <translation>Copier &amp;vers…</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
    <message>
        <source>&amp;Jump to date…</source>
        <translation>&amp;Aller à une date…</translation>
    </message>
    <message>
        <source>Copy to…</source>
        <translation>Copier vers…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Copy the photos to</source>
        <translation>Copier les photos vers</translation>
    </message>
    <message>
        <source>Copied {0} of {1} photos to {2}</source>
        <translation>{0} photos sur {1} copiées vers {2}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <source>Could not move {0} to the trash: {1}</source>
        <translation>Impossible de mettre {0} à la corbeille : {1}</translation>
    </message>
    <message>
        <source>Moved {0} photos to the trash</source>
        <translation>{0} photos mises à la corbeille</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>Retirer le dossier</translation>
    </message>
    <message>
        <source>Stop watching {0}?

Its photos leave the index and no longer show up here or in searches. The files themselves stay on disk.</source>
        <translation>Ne plus surveiller {0} ?

Ses photos quittent l’index et n’apparaissent plus ici ni dans les recherches. Les fichiers eux-mêmes restent sur le disque.</translation>
    </message>
    <message>
        <source>Exclude a subfolder from the index</source>
        <translation>Exclure un sous-dossier de l’index</translation>
    </message>
    <message>
        <source>Photos in {0} are left out of the index</source>
        <translation>Les photos de {0} sont exclues de l’index</translation>
    </message>
    <message>
        <source>Indexing paused while on battery power</source>
        <translation>Indexation suspendue sur batterie</translation>
    </message>
    <message>
        <source>&amp;Duplicates…</source>
        <translation>&amp;Doublons…</translation>
    </message>
    <message>
        <source>&amp;Albums…</source>
        <translation>&amp;Albums…</translation>
    </message>
    <message>
        <source>{0} photos</source>
        <translation>{0} photos</translation>
    </message>
    <message>
        <source>No close matches</source>
        <translation>Aucune correspondance proche</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 correspondance</translation>
    </message>
    <message>
        <source>{0} matches</source>
        <translation>{0} correspondances</translation>
    </message>
    <message>
        <source>Hide weaker matches</source>
        <translation>Masquer les correspondances plus faibles</translation>
    </message>
    <message>
        <source>Show {0} weaker matches</source>
        <translation>Afficher {0} correspondances plus faibles</translation>
    </message>
    <message>
        <source>Removed {0} from the search</source>
        <translation>{0} retiré de la recherche</translation>
    </message>
    <message>
        <source>Not in this album</source>
        <translation>Pas dans cet album</translation>
    </message>
    <message>
        <source>Always in this album</source>
        <translation>Toujours dans cet album</translation>
    </message>
    <message>
        <source>Back to automatic</source>
        <translation>Revenir en automatique</translation>
    </message>
</context>
<context>
    <name>MemberCard</name>
    <message>
        <source>Cannot show this file</source>
        <translation>Impossible d&apos;afficher ce fichier</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Garder celle-ci</translation>
    </message>
    <message>
        <source>{0} × {1} pixels</source>
        <translation>{0} × {1} pixels</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>not a regular file (a pipe, socket or device)</source>
        <translation>pas un fichier ordinaire (un tube, un socket ou un périphérique)</translation>
    </message>
    <message>
        <source>file too large to be a photo ({size_mb} MB)</source>
        <translation>fichier trop volumineux pour être une photo ({size_mb} Mo)</translation>
    </message>
    <message>
        <source>file too large to be a photo (it grew while being read)</source>
        <translation>fichier trop volumineux pour être une photo (il a grossi pendant la lecture)</translation>
    </message>
    <message>
        <source>the file disappeared before it could be read</source>
        <translation>le fichier a disparu avant d&apos;avoir pu être lu</translation>
    </message>
    <message>
        <source>permission denied: check the file&apos;s permissions</source>
        <translation>accès refusé : vérifiez les permissions du fichier</translation>
    </message>
    <message>
        <source>this is a folder, not a photo</source>
        <translation>c&apos;est un dossier, pas une photo</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>impossible de lire le fichier ({reason})</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>impossible de lire le fichier</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>fichier vide (0 octet)</translation>
    </message>
    <message>
        <source>the image has no pixels ({width}x{height})</source>
        <translation>l&apos;image n&apos;a aucun pixel ({width}x{height})</translation>
    </message>
    <message>
        <source>image too large to decode safely ({width}x{height} pixels)</source>
        <translation>image trop grande pour être décodée sans risque ({width}x{height} pixels)</translation>
    </message>
    <message>
        <source>image has too many pixels to be decoded safely</source>
        <translation>l&apos;image a trop de pixels pour être décodée sans risque</translation>
    </message>
    <message>
        <source>not a photo format mclip-desktop can read (damaged file, or another file type)</source>
        <translation>pas un format de photo lisible par mclip-desktop (fichier endommagé, ou autre type de fichier)</translation>
    </message>
    <message>
        <source>HEIC/HEIF photo, which this installation cannot read: install pillow-heif</source>
        <translation>photo HEIC/HEIF, que cette installation ne sait pas lire : installez pillow-heif</translation>
    </message>
    <message>
        <source>AVIF photo, which this installation cannot read: update Pillow</source>
        <translation>photo AVIF, que cette installation ne sait pas lire : mettez Pillow à jour</translation>
    </message>
    <message>
        <source>the file is truncated or damaged</source>
        <translation>le fichier est tronqué ou endommagé</translation>
    </message>
    <message>
        <source>not enough memory to decode this image</source>
        <translation>pas assez de mémoire pour décoder cette image</translation>
    </message>
    <message>
        <source>the image data is damaged</source>
        <translation>les données de l&apos;image sont endommagées</translation>
    </message>
    <message>
        <source>a kind of image this version cannot decode</source>
        <translation>un type d&apos;image que cette version ne sait pas décoder</translation>
    </message>
    <message>
        <source>cannot decode the image</source>
        <translation>impossible de décoder l&apos;image</translation>
    </message>
    <message>
        <source>the photo is not reachable</source>
        <translation>la photo est inaccessible</translation>
    </message>
    <message>
        <source>Cannot use {path} as a query image: {reason}</source>
        <translation>Impossible d&apos;utiliser {path} comme image de recherche : {reason}</translation>
    </message>
    <message>
        <source>The search text is empty.</source>
        <translation>Le texte de recherche est vide.</translation>
    </message>
    <message>
        <source>A search term is empty.</source>
        <translation>Un terme de recherche est vide.</translation>
    </message>
    <message>
        <source>The weight in &apos;{term}&apos; is not a usable number.</source>
        <translation>Le poids dans &apos;{term}&apos; n&apos;est pas un nombre utilisable.</translation>
    </message>
    <message>
        <source>The weight &apos;{weight}&apos; in &apos;{term}&apos; is not a number.</source>
        <translation>Le poids &apos;{weight}&apos; dans &apos;{term}&apos; n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>{path} is not an indexed photo of the library.</source>
        <translation>{path} n&apos;est pas une photo indexée de la bibliothèque.</translation>
    </message>
    <message>
        <source>The search terms cancel each other out; change a weight or a term.</source>
        <translation>Les termes de recherche s&apos;annulent ; modifiez un poids ou un terme.</translation>
    </message>
    <message>
        <source>Only http and https addresses can be fetched, not {scheme}: {url}</source>
        <translation>Seules les adresses http et https peuvent être récupérées, pas {scheme} : {url}</translation>
    </message>
    <message>
        <source>The image at {url} is larger than {size_mb} MB.</source>
        <translation>L&apos;image à l&apos;adresse {url} dépasse {size_mb} Mo.</translation>
    </message>
    <message>
        <source>Could not fetch {url}. Check the address and the network connection.</source>
        <translation>Impossible de récupérer {url}. Vérifiez l&apos;adresse et la connexion réseau.</translation>
    </message>
    <message>
        <source>The folder {path} does not hold a sentence-transformers model (no modules.json).</source>
        <translation>Le dossier {path} ne contient pas de modèle sentence-transformers (pas de modules.json).</translation>
    </message>
    <message>
        <source>The model folder {path} does not exist.</source>
        <translation>Le dossier du modèle {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no model named &apos;{model}&apos; on the Hugging Face hub.</source>
        <translation>Il n&apos;existe aucun modèle nommé &apos;{model}&apos; sur le Hugging Face Hub.</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; is not on this computer and could not be downloaded. Connect to the internet once so it can be downloaded, or use a local folder that holds the model.</source>
        <translation>Le modèle &apos;{model}&apos; n&apos;est pas sur cet ordinateur et n&apos;a pas pu être téléchargé. Connectez-vous une fois à Internet pour qu&apos;il soit téléchargé, ou utilisez un dossier local qui contient le modèle.</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; in {path} could not be loaded. Delete it from the cache to download it again, or use another folder.</source>
        <translation>Le modèle &apos;{model}&apos; dans {path} n&apos;a pas pu être chargé. Supprimez-le du cache pour le télécharger à nouveau, ou utilisez un autre dossier.</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; is not a CLIP image model; use one such as clip-ViT-B-32.</source>
        <translation>Le modèle &apos;{model}&apos; n&apos;est pas un modèle d&apos;image CLIP ; utilisez-en un comme clip-ViT-B-32.</translation>
    </message>
    <message>
        <source>The text model &apos;{text_model}&apos; makes {text_dim}-d vectors but the photos were indexed with {image_dim}-d vectors by &apos;{image_model}&apos;. Use a text model trained for that image model.</source>
        <translation>Le modèle de texte &apos;{text_model}&apos; produit des vecteurs de dimension {text_dim}, mais les photos ont été indexées avec des vecteurs de dimension {image_dim} par &apos;{image_model}&apos;. Utilisez un modèle de texte entraîné pour ce modèle d&apos;image.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist or is not a folder.</source>
        <translation>Le dossier {path} n&apos;existe pas ou n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>{path} is not a watched folder.</source>
        <translation>{path} n&apos;est pas un dossier surveillé.</translation>
    </message>
    <message>
        <source>There is no catalog at {path} yet.</source>
        <translation>Il n&apos;y a pas encore de catalogue dans {path}.</translation>
    </message>
    <message>
        <source>The catalog {path} was written by a newer version of mclip-desktop (schema {version}, this version knows {known}). It was left untouched: update mclip-desktop.</source>
        <translation>Le catalogue {path} a été écrit par une version plus récente de mclip-desktop (schéma {version}, cette version connaît le {known}). Il n&apos;a pas été modifié : mettez mclip-desktop à jour.</translation>
    </message>
    <message>
        <source>The catalog {path} needs an upgrade (schema {version} to {known}), but no backup could be written first. Nothing was changed: free some space or make the folder writable, then start again.</source>
        <translation>Le catalogue {path} doit être mis à niveau (schéma {version} vers {known}), mais aucune sauvegarde n&apos;a pu être écrite au préalable. Rien n&apos;a été modifié : libérez de l&apos;espace ou rendez le dossier accessible en écriture, puis recommencez.</translation>
    </message>
    <message>
        <source>The disk holding the catalog {path} is full. Work finished before this is kept; free some space and start again.</source>
        <translation>Le disque qui contient le catalogue {path} est plein. Le travail déjà terminé est conservé ; libérez de l&apos;espace et recommencez.</translation>
    </message>
    <message>
        <source>Cannot write the login service file {path}: {reason}.</source>
        <translation>Impossible d&apos;écrire le fichier du service de connexion {path} : {reason}.</translation>
    </message>
    <message>
        <source>The login service is written for Linux (systemd); on macOS see the README (launchd).</source>
        <translation>Le service de connexion est écrit pour Linux (systemd) ; sous macOS, voir le README (launchd).</translation>
    </message>
    <message>
        <source>The catalog {path} is read-only. Make its folder writable.</source>
        <translation>Le catalogue {path} est en lecture seule. Rendez son dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>The catalog {path} cannot be written.</source>
        <translation>Impossible d&apos;écrire dans le catalogue {path}.</translation>
    </message>
    <message>
        <source>The catalog {path} stayed locked by another mclip-desktop for too long. Close the other window or command and try again.</source>
        <translation>Le catalogue {path} est resté verrouillé trop longtemps par un autre mclip-desktop. Fermez l&apos;autre fenêtre ou commande et réessayez.</translation>
    </message>
    <message>
        <source>The data folder {path} is read-only. mclip-desktop keeps its catalog and index there and must be able to write: make it writable.</source>
        <translation>Le dossier de données {path} est en lecture seule. mclip-desktop y conserve son catalogue et son index et doit pouvoir y écrire : rendez-le accessible en écriture.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Free some space.</source>
        <translation>Le disque qui contient {path} est plein. Libérez de l&apos;espace.</translation>
    </message>
    <message>
        <source>Cannot open the catalog {path}. Check that its folder is writable.</source>
        <translation>Impossible d&apos;ouvrir le catalogue {path}. Vérifiez que son dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>The catalog {path} is damaged. A backup made before an upgrade may sit beside it.</source>
        <translation>Le catalogue {path} est endommagé. Une sauvegarde faite avant une mise à niveau se trouve peut-être à côté.</translation>
    </message>
    <message>
        <source>The catalog {path} cannot be used. If the disk is full or read-only, free some space or make it writable.</source>
        <translation>Le catalogue {path} est inutilisable. Si le disque est plein ou en lecture seule, libérez de l&apos;espace ou rendez-le accessible en écriture.</translation>
    </message>
    <message>
        <source>Could not save the search index {path}. The previous index file is kept and is brought up to date from the catalog at the next start; check the data folder.</source>
        <translation>Impossible d&apos;enregistrer l&apos;index de recherche {path}. L&apos;ancien fichier d&apos;index est conservé et sera mis à jour depuis le catalogue au prochain démarrage ; vérifiez le dossier de données.</translation>
    </message>
    <message>
        <source>Could not save the search index {path}: the disk is full. The previous index file is kept and is brought up to date from the catalog at the next start; free some space.</source>
        <translation>Impossible d&apos;enregistrer l&apos;index de recherche {path} : le disque est plein. L&apos;ancien fichier d&apos;index est conservé et sera mis à jour depuis le catalogue au prochain démarrage ; libérez de l&apos;espace.</translation>
    </message>
    <message>
        <source>The system ran out of folder watches, so some folders are checked for changes every few seconds instead. To raise the limit on Linux: echo fs.inotify.max_user_watches=524288 | sudo tee /etc/sysctl.d/60-mclip-desktop.conf &amp;&amp; sudo sysctl --system</source>
        <translation>Le système n&apos;a plus de surveillances de dossiers disponibles ; certains dossiers sont donc vérifiés toutes les quelques secondes à la place. Pour relever la limite sous Linux : echo fs.inotify.max_user_watches=524288 | sudo tee /etc/sysctl.d/60-mclip-desktop.conf &amp;&amp; sudo sysctl --system</translation>
    </message>
    <message>
        <source>The system ran out of folder watchers, so some folders are checked for changes every few seconds instead. To raise the limit on Linux: echo fs.inotify.max_user_instances=1024 | sudo tee /etc/sysctl.d/61-mclip-desktop.conf &amp;&amp; sudo sysctl --system</source>
        <translation>Le système n&apos;a plus d&apos;observateurs de dossiers disponibles ; certains dossiers sont donc vérifiés toutes les quelques secondes à la place. Pour relever la limite sous Linux : echo fs.inotify.max_user_instances=1024 | sudo tee /etc/sysctl.d/61-mclip-desktop.conf &amp;&amp; sudo sysctl --system</translation>
    </message>
    <message>
        <source>Cannot watch {path} for changes; it is checked every few seconds instead.</source>
        <translation>Impossible de surveiller les changements de {path} ; il est vérifié toutes les quelques secondes à la place.</translation>
    </message>
    <message>
        <source>Cannot watch {path}; rescans still find its changes.</source>
        <translation>Impossible de surveiller {path} ; les nouvelles analyses trouvent tout de même ses changements.</translation>
    </message>
    <message>
        <source>Switching models: the photos were embedded with &apos;{old}&apos; and are now embedded again with &apos;{new}&apos;. Searches use the old vectors until this is complete.</source>
        <translation>Changement de modèle : les photos ont été encodées avec &apos;{old}&apos; et sont maintenant encodées à nouveau avec &apos;{new}&apos;. Les recherches utilisent les anciens vecteurs jusqu&apos;à la fin.</translation>
    </message>
    <message>
        <source>Switched models: searches now use &apos;{model}&apos;.</source>
        <translation>Modèle changé : les recherches utilisent désormais &apos;{model}&apos;.</translation>
    </message>
    <message>
        <source>{path} is back; checking it for changes.</source>
        <translation>{path} est de retour ; recherche des changements.</translation>
    </message>
    <message>
        <source>{path} is not reachable; its photos are kept until it is back.</source>
        <translation>{path} est inaccessible ; ses photos sont conservées jusqu&apos;à son retour.</translation>
    </message>
    <message>
        <source>Indexing stopped: {reason}</source>
        <translation>Indexation arrêtée : {reason}</translation>
    </message>
    <message>
        <source>Indexing stopped after an unexpected error.</source>
        <translation>L&apos;indexation s&apos;est arrêtée après une erreur inattendue.</translation>
    </message>
    <message>
        <source>The search index could not be saved: {reason}</source>
        <translation>L&apos;index de recherche n&apos;a pas pu être enregistré : {reason}</translation>
    </message>
    <message>
        <source>An album needs a name.</source>
        <translation>Un album a besoin d’un nom.</translation>
    </message>
    <message>
        <source>A label of the album &apos;{name}&apos; is empty; give some words.</source>
        <translation>Un libellé de l’album &apos;{name}&apos; est vide ; donnez quelques mots.</translation>
    </message>
    <message>
        <source>The strictness {value} is not a number between 0 (loose) and 1 (strict).</source>
        <translation>La sévérité {value} n’est pas un nombre entre 0 (souple) et 1 (strict).</translation>
    </message>
    <message>
        <source>The example photo {path} does not exist or is not a file.</source>
        <translation>La photo d’exemple {path} n’existe pas ou n’est pas un fichier.</translation>
    </message>
    <message>
        <source>The example photo {path} cannot be read ({why}).</source>
        <translation>La photo d’exemple {path} ne peut pas être lue ({why}).</translation>
    </message>
    <message>
        <source>There is no album named &apos;{name}&apos; (albums: {known}).</source>
        <translation>Il n’y a pas d’album nommé &apos;{name}&apos; (albums : {known}).</translation>
    </message>
    <message>
        <source>There is no album named &apos;{name}&apos;; there are no albums yet.</source>
        <translation>Il n’y a pas d’album nommé &apos;{name}&apos; ; il n’y a encore aucun album.</translation>
    </message>
    <message>
        <source>This album no longer exists; it may have been removed meanwhile.</source>
        <translation>Cet album n’existe plus ; il a peut-être été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>An album named &apos;{name}&apos; exists already; choose another name or remove it first.</source>
        <translation>Un album nommé &apos;{name}&apos; existe déjà ; choisissez un autre nom ou supprimez-le d’abord.</translation>
    </message>
    <message>
        <source>The photo {path} is not in the library.</source>
        <translation>La photo {path} n’est pas dans la bibliothèque.</translation>
    </message>
    <message>
        <source>{option} {value} is not a date; write it as YYYY-MM-DD.</source>
        <translation>{option} {value} n’est pas une date ; écrivez-la AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Give the folder to export into, or ask for XMP sidecars instead.</source>
        <translation>Indiquez le dossier où exporter, ou demandez plutôt des fichiers XMP annexes.</translation>
    </message>
    <message>
        <source>{path} exists and is not a folder; choose a folder to export to.</source>
        <translation>{path} existe et n’est pas un dossier ; choisissez un dossier où exporter.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be written ({why}); choose another folder.</source>
        <translation>Le dossier {path} n’est pas accessible en écriture ({why}) ; choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>{count} files could not be written (see above).</source>
        <translation>{count} fichiers n’ont pas pu être écrits (voir ci-dessus).</translation>
    </message>
</context>
<context>
    <name>NewAlbumDialog</name>
    <message>
        <source>New album</source>
        <translation>Nouvel album</translation>
    </message>
    <message>
        <source>e.g. Beach, 猫, Geburtstag</source>
        <translation>p. ex. Plage, 猫, Geburtstag</translation>
    </message>
    <message>
        <source>Words in any language, one per line (the name when left empty)</source>
        <translation>Des mots dans n’importe quelle langue, un par ligne (vide : le nom)</translation>
    </message>
    <message>
        <source>Add example photos…</source>
        <translation>Ajouter des photos d’exemple…</translation>
    </message>
    <message>
        <source>Create album</source>
        <translation>Créer l’album</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Libellés :</translation>
    </message>
    <message>
        <source>Like these:</source>
        <translation>Comme celles-ci :</translation>
    </message>
    <message>
        <source>Example photos</source>
        <translation>Photos d’exemple</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 photo</translation>
    </message>
    <message>
        <source>{0} photos</source>
        <translation>{0} photos</translation>
    </message>
    <message>
        <source>1 photo matches so far</source>
        <translation>1 photo correspond pour l’instant</translation>
    </message>
    <message>
        <source>{0} photos match so far</source>
        <translation>{0} photos correspondent pour l’instant</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>This photo cannot be shown: {0}</source>
        <translation>Impossible d’afficher cette photo : {0}</translation>
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
        <translation>Photo précédente (Gauche)</translation>
    </message>
    <message>
        <source>Next photo (Right)</source>
        <translation>Photo suivante (Droite)</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Actual size / fit (Z)</source>
        <translation>Taille réelle / ajuster (Z)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Plein écran (F11)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open in the default viewer (Enter)</source>
        <translation>Ouvrir dans la visionneuse par défaut (Entrée)</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Show in the file manager</source>
        <translation>Afficher dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Taille du fichier</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>This photo cannot be shown: {0}</source>
        <translation>Impossible d’afficher cette photo : {0}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>{0} × {1} pixels</source>
        <translation>{0} × {1} pixels</translation>
    </message>
    <message>
        <source>{0} (file date)</source>
        <translation>{0} (date du fichier)</translation>
    </message>
</context>
<context>
    <name>QueryBar</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <source>Order: best match first, or newest first</source>
        <translation>Ordre : meilleure correspondance d&apos;abord, ou plus récentes d&apos;abord</translation>
    </message>
</context>
<context>
    <name>QueryChip</name>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Excluded: click to include</source>
        <translation>Exclu : cliquez pour inclure</translation>
    </message>
    <message>
        <source>Included: click to exclude</source>
        <translation>Inclus : cliquez pour exclure</translation>
    </message>
    <message>
        <source>Remove from the search</source>
        <translation>Retirer de la recherche</translation>
    </message>
    <message>
        <source>Like this photo: {0}</source>
        <translation>Comme cette photo : {0}</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>{name}
score {score:.3f}
{folder}</source>
        <translation>{name}
similarité {score:.3f}
{folder}</translation>
    </message>
    <message>
        <source>The same photo is also at:</source>
        <translation>La même photo se trouve aussi ici :</translation>
    </message>
    <message>
        <source>Weaker matches</source>
        <translation>Correspondances plus faibles</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Keep this text as a term of the search (Ctrl+Enter)</source>
        <translation>Garder ce texte comme terme de recherche (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Keep as a search term</source>
        <translation>Garder comme terme de recherche</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Image model</source>
        <translation>Modèle d’image</translation>
    </message>
    <message>
        <source>Text model</source>
        <translation>Modèle de texte</translation>
    </message>
    <message>
        <source>A Hugging Face model name, or a folder that holds the model</source>
        <translation>Un nom de modèle Hugging Face, ou un dossier qui contient le modèle</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <source>Choose a folder that holds the model</source>
        <translation>Choisir un dossier qui contient le modèle</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>Processeur (CPU)</translation>
    </message>
    <message>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique de calcul</translation>
    </message>
    <message>
        <source>A new device applies at the next start.</source>
        <translation>Un nouveau périphérique s’applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Background indexing</source>
        <translation>Indexation en arrière-plan</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Fewer threads leave more of the computer to other work</source>
        <translation>Moins de threads laissent davantage l’ordinateur aux autres tâches</translation>
    </message>
    <message>
        <source>Pause while on battery power</source>
        <translation>Suspendre sur batterie</translation>
    </message>
    <message>
        <source>This computer does not report a battery</source>
        <translation>Cet ordinateur ne signale aucune batterie</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Choose a folder that holds a model</source>
        <translation>Choisissez un dossier contenant un modèle</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Library and folders</source>
        <translation>Bibliothèque et dossiers</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Every photo, newest first</source>
        <translation>Toutes les photos, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Albums</source>
        <translation>Albums</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>{0} (offline)</source>
        <translation>{0} (hors ligne)</translation>
    </message>
    <message>
        <source>Not reachable: its photos stay in the index.</source>
        <translation>Inaccessible : ses photos restent dans l’index.</translation>
    </message>
    <message>
        <source>· indexing, {0} left</source>
        <translation>· indexation, encore {0}</translation>
    </message>
    <message>
        <source>Click to look for copies of the same photo.</source>
        <translation>Cliquez pour chercher des copies de la même photo.</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Exclude a subfolder…</source>
        <translation>Exclure un sous-dossier…</translation>
    </message>
    <message>
        <source>Remove folder…</source>
        <translation>Retirer le dossier…</translation>
    </message>
    <message>
        <source>Groups of copies of the same photo: {0}. Click to review them.</source>
        <translation>Groupes de copies de la même photo : {0}. Cliquez pour les examiner.</translation>
    </message>
    <message>
        <source>New album…</source>
        <translation>Nouvel album…</translation>
    </message>
    <message>
        <source>Edit album…</source>
        <translation>Modifier l’album…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Remove album…</source>
        <translation>Supprimer l’album…</translation>
    </message>
</context>
<context>
    <name>SidebarPane</name>
    <message>
        <source>Add a folder of photos (Ctrl+O)</source>
        <translation>Ajouter un dossier de photos (Ctrl+O)</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Ajouter un dossier</translation>
    </message>
</context>
</TS>
