<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The new language applies the next time mclip-desktop starts.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de mclip-desktop.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading the models…</source>
        <translation>Chargement des modèles…</translation>
    </message>
    <message>
        <source>Searching by this image; click to remove it</source>
        <translation>Recherche à partir de cette image ; cliquez pour la retirer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <source>&amp;Albums…</source>
        <translation>&amp;Albums…</translation>
    </message>
    <message>
        <source>The search failed: {0}</source>
        <translation>La recherche a échoué : {0}</translation>
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
        <source>Add a folder of photos</source>
        <translation>Ajouter un dossier de photos</translation>
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
        <source>Downloading {model}: {done:.0f} of {total:.0f} MB (first use only)</source>
        <translation>Téléchargement de {model} : {done:.0f} sur {total:.0f} Mo (première utilisation uniquement)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
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
        <source>No results</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>No indexed photo matches yet.</source>
        <translation>Aucune photo indexée ne correspond pour l’instant.</translation>
    </message>
    <message>
        <source>1 photo ready to search</source>
        <translation>1 photo prête pour la recherche</translation>
    </message>
    <message>
        <source>{0} photos ready to search</source>
        <translation>{0} photos prêtes pour la recherche</translation>
    </message>
    <message>
        <source>Type what you are looking for in any language, or drop a photo here.</source>
        <translation>Tapez ce que vous cherchez, dans n’importe quelle langue, ou déposez une photo ici.</translation>
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
</TS>
