<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AlbumsPanel</name>
    <message>
        <source>New album…</source>
        <translation>Álbum nuevo…</translation>
    </message>
    <message>
        <source>Remove album</source>
        <translation>Quitar álbum</translation>
    </message>
    <message>
        <source>Loose: more photos. Strict: only the clearest matches.</source>
        <translation>Flexible: más fotos. Estricto: solo las coincidencias más claras.</translation>
    </message>
    <message>
        <source>Loose</source>
        <translation>Flexible</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Estricto</translation>
    </message>
    <message>
        <source>Albums</source>
        <translation>Álbumes</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 foto</translation>
    </message>
    <message>
        <source>{0} photos</source>
        <translation>{0} fotos</translation>
    </message>
    <message>
        <source>New album</source>
        <translation>Álbum nuevo</translation>
    </message>
    <message>
        <source>Not in this album</source>
        <translation>No en este álbum</translation>
    </message>
    <message>
        <source>Always in this album</source>
        <translation>Siempre en este álbum</translation>
    </message>
    <message>
        <source>Back to automatic</source>
        <translation>Volver a automático</translation>
    </message>
</context>
<context>
    <name>AlbumsWindow</name>
    <message>
        <source>Albums</source>
        <translation>Álbumes</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>The model download was cancelled.</source>
        <translation>Se canceló la descarga del modelo.</translation>
    </message>
    <message>
        <source>The models could not be loaded: {0}</source>
        <translation>No se pudieron cargar los modelos: {0}</translation>
    </message>
</context>
<context>
    <name>FailuresDialog</name>
    <message>
        <source>Files that could not be read</source>
        <translation>Archivos que no se pudieron leer</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>These files are skipped until they change. Nothing else is affected.</source>
        <translation>Estos archivos se omiten hasta que cambien. Nada más se ve afectado.</translation>
    </message>
</context>
<context>
    <name>FoldersDialog</name>
    <message>
        <source>Watched folders</source>
        <translation>Carpetas vigiladas</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Photos in these folders and their subfolders are searchable.</source>
        <translation>Las fotos de estas carpetas y de sus subcarpetas se pueden buscar.</translation>
    </message>
    <message>
        <source>{0}  (not reachable)</source>
        <translation>{0}  (no accesible)</translation>
    </message>
    <message>
        <source>Cannot add folder</source>
        <translation>No se puede añadir la carpeta</translation>
    </message>
    <message>
        <source>Add a folder of photos</source>
        <translation>Añadir una carpeta de fotos</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>The new language applies the next time mclip-desktop starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie mclip-desktop.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading the models…</source>
        <translation>Cargando los modelos…</translation>
    </message>
    <message>
        <source>Searching by this image; click to remove it</source>
        <translation>Buscando por esta imagen; haz clic para quitarla</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>&amp;Añadir carpeta…</translation>
    </message>
    <message>
        <source>&amp;Watched folders…</source>
        <translation>Carpetas &amp;vigiladas…</translation>
    </message>
    <message>
        <source>Choose &amp;model folder…</source>
        <translation>Elegir carpeta del &amp;modelo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Paste image as query</source>
        <translation>&amp;Pegar imagen como consulta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Larger thumbnails</source>
        <translation>Miniaturas más &amp;grandes</translation>
    </message>
    <message>
        <source>&amp;Smaller thumbnails</source>
        <translation>Miniaturas más &amp;pequeñas</translation>
    </message>
    <message>
        <source>&amp;Albums…</source>
        <translation>Á&amp;lbumes…</translation>
    </message>
    <message>
        <source>The search failed: {0}</source>
        <translation>La búsqueda falló: {0}</translation>
    </message>
    <message>
        <source>Fetching the dropped image…</source>
        <translation>Obteniendo la imagen soltada…</translation>
    </message>
    <message>
        <source>Cannot copy {0}: it cannot be read.</source>
        <translation>No se puede copiar {0}: no se puede leer.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copiar imagen</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copiar ruta</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>Buscar fotos parecidas</translation>
    </message>
    <message>
        <source>Add a folder of photos</source>
        <translation>Añadir una carpeta de fotos</translation>
    </message>
    <message>
        <source>Watching {0}</source>
        <translation>Vigilando {0}</translation>
    </message>
    <message>
        <source>Choose a folder that holds a model</source>
        <translation>Elige una carpeta que contenga un modelo</translation>
    </message>
    <message>
        <source>Search your photos, in any language…</source>
        <translation>Busca en tus fotos, en cualquier idioma…</translation>
    </message>
    <message>
        <source>The models are not available</source>
        <translation>Los modelos no están disponibles</translation>
    </message>
    <message>
        <source>Downloading {model}: {done:.0f} of {total:.0f} MB (first use only)</source>
        <translation>Descargando {model}: {done:.0f} de {total:.0f} MB (solo la primera vez)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>1 unreadable file</source>
        <translation>1 archivo ilegible</translation>
    </message>
    <message>
        <source>{0} unreadable files</source>
        <translation>{0} archivos ilegibles</translation>
    </message>
    <message>
        <source>Indexing {done} of {total}</source>
        <translation>Indexando {done} de {total}</translation>
    </message>
    <message>
        <source> · {rate:.1f} photos/s</source>
        <translation> · {rate:.1f} fotos/s</translation>
    </message>
    <message>
        <source> · {0} left</source>
        <translation> · quedan {0}</translation>
    </message>
    <message>
        <source>1 photo searchable</source>
        <translation>1 foto indexada</translation>
    </message>
    <message>
        <source>{0} photos searchable</source>
        <translation>{0} fotos indexadas</translation>
    </message>
    <message>
        <source>Choose model folder…</source>
        <translation>Elegir carpeta del modelo…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Elegir una carpeta…</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>Añadir {0}</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Elegir otra carpeta…</translation>
    </message>
    <message>
        <source>No folders yet</source>
        <translation>Todavía no hay carpetas</translation>
    </message>
    <message>
        <source>Choose the folders that hold your photos. Nothing leaves this computer.</source>
        <translation>Elige las carpetas que contienen tus fotos. Nada sale de este ordenador.</translation>
    </message>
    <message>
        <source>You can also drop a folder onto this window.</source>
        <translation>También puedes soltar una carpeta en esta ventana.</translation>
    </message>
    <message>
        <source>Indexing {done} of {total} photos</source>
        <translation>Indexando {done} de {total} fotos</translation>
    </message>
    <message>
        <source>You can search already: new photos join the results as they are indexed.</source>
        <translation>Ya puedes buscar: las fotos nuevas se añaden a los resultados a medida que se indexan.</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>Buscando fotos…</translation>
    </message>
    <message>
        <source>Indexing starts in a moment; the window stays usable meanwhile.</source>
        <translation>La indexación empezará en un momento; mientras tanto, puedes seguir usando la ventana.</translation>
    </message>
    <message>
        <source>Loading the models; your search runs as soon as they are ready…</source>
        <translation>Cargando los modelos; tu búsqueda se ejecutará en cuanto estén listos…</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Sin resultados</translation>
    </message>
    <message>
        <source>No indexed photo matches yet.</source>
        <translation>Todavía no hay ninguna foto indexada que coincida.</translation>
    </message>
    <message>
        <source>1 photo ready to search</source>
        <translation>1 foto lista para buscar</translation>
    </message>
    <message>
        <source>{0} photos ready to search</source>
        <translation>{0} fotos listas para buscar</translation>
    </message>
    <message>
        <source>Type what you are looking for in any language, or drop a photo here.</source>
        <translation>Escribe lo que buscas en cualquier idioma o suelta aquí una foto.</translation>
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
        <translation>Álbum nuevo</translation>
    </message>
    <message>
        <source>e.g. Beach, 猫, Geburtstag</source>
        <translation>p. ej. Playa, 猫, Geburtstag</translation>
    </message>
    <message>
        <source>Words in any language, one per line (the name when left empty)</source>
        <translation>Palabras en cualquier idioma, una por línea (vacío: el nombre)</translation>
    </message>
    <message>
        <source>Add example photos…</source>
        <translation>Añadir fotos de ejemplo…</translation>
    </message>
    <message>
        <source>Create album</source>
        <translation>Crear álbum</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Like these:</source>
        <translation>Como estas:</translation>
    </message>
    <message>
        <source>Example photos</source>
        <translation>Fotos de ejemplo</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 foto</translation>
    </message>
    <message>
        <source>{0} photos</source>
        <translation>{0} fotos</translation>
    </message>
    <message>
        <source>1 photo matches so far</source>
        <translation>Por ahora coincide 1 foto</translation>
    </message>
    <message>
        <source>{0} photos match so far</source>
        <translation>Por ahora coinciden {0} fotos</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>This photo cannot be shown: {0}</source>
        <translation>No se puede mostrar esta foto: {0}</translation>
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
similitud {score:.3f}
{folder}</translation>
    </message>
</context>
</TS>
