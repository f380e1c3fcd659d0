<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
</context>
<context>
    <name>Engine</name>
    <message>
        <source>The model download was cancelled.</source>
        <translation>Le téléchargement du modèle a été annulé.</translation>
    </message>
    <message>
        <source>The models could not be loaded: {0}</source>
        <translation>Impossible de charger les modèles : {0}</translation>
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
    <name>ImageChip</name>
    <message>
        <source>Stop searching by this photo</source>
        <translation>Ne plus chercher à partir de cette photo</translation>
    </message>
    <message>
        <source>Remove the example photo</source>
        <translation>Retirer la photo d’exemple</translation>
    </message>
    <message>
        <source>Searching by this photo: {0}</source>
        <translation>Recherche à partir de cette photo : {0}</translation>
    </message>
    <message>
        <source>Example photo {0}</source>
        <translation>Photo d’exemple {0}</translation>
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
        <source>Jump to date</source>
        <translation>Aller à une date</translation>
    </message>
    <message>
        <source>Jump to a month (Ctrl+J)</source>
        <translation>Aller à un mois (Ctrl+J)</translation>
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
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
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
        <source>Copy &amp;to…</source>
        <translation>Copier &amp;vers…</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Mettre à la &amp;corbeille</translation>
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
        <source>&amp;Jump to date…</source>
        <translation>&amp;Aller à une date…</translation>
    </message>
    <message>
        <source>The search failed: {0}</source>
        <translation>La recherche a échoué : {0}</translation>
    </message>
    <message>
        <source>Stopped searching by {0}</source>
        <translation>Recherche à partir de {0} arrêtée</translation>
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
        <source>Add a folder of photos</source>
        <translation>Ajouter un dossier de photos</translation>
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
        <source>Watching {0}</source>
        <translation>Surveillance de {0}</translation>
    </message>
    <message>
        <source>Choose a folder that holds a model</source>
        <translation>Choisissez un dossier contenant un modèle</translation>
    </message>
    <message>
        <source>Search your photos, in any language…</source>
        <translation>Recherchez dans vos photos, dans n’importe quelle langue…</translation>
    </message>
    <message>
        <source>The models are not available</source>
        <translation>Les modèles ne sont pas disponibles</translation>
    </message>
    <message>
        <source>Indexing paused while on battery power</source>
        <translation>Indexation suspendue sur batterie</translation>
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
    <name>ResultsModel</name>
    <message>
        <source>{name}
score {score:.3f}
{folder}</source>
        <translation>{name}
similarité {score:.3f}
{folder}</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
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
