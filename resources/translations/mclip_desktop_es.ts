<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>EmptyState</name>
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
        <source>No indexed photo in {0} matches yet.</source>
        <translation>Todavía ninguna foto indexada de {0} coincide.</translation>
    </message>
    <message>
        <source>No indexed photo matches yet.</source>
        <translation>Todavía no hay ninguna foto indexada que coincida.</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Sin resultados</translation>
    </message>
    <message>
        <source>{0} holds no photos that could be read.</source>
        <translation>{0} no contiene fotos que se puedan leer.</translation>
    </message>
    <message>
        <source>The watched folders hold no photos that could be read.</source>
        <translation>Las carpetas vigiladas no contienen fotos que se puedan leer.</translation>
    </message>
    <message>
        <source>No photos here yet</source>
        <translation>Todavía no hay fotos aquí</translation>
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
    <name>FileActions</name>
    <message>
        <source>Cannot open {0}: the file is no longer there.</source>
        <translation>No se puede abrir {0}: el archivo ya no está.</translation>
    </message>
    <message>
        <source>No application could open {0}. Is a default image viewer set?</source>
        <translation>Ninguna aplicación pudo abrir {0}. ¿Hay un visor de imágenes predeterminado?</translation>
    </message>
    <message>
        <source>Cannot show {0}: the folder is no longer there.</source>
        <translation>No se puede mostrar {0}: la carpeta ya no está.</translation>
    </message>
    <message>
        <source>No file manager could show {0}. Is a default file manager set?</source>
        <translation>Ningún gestor de archivos pudo mostrar {0}. ¿Hay un gestor de archivos predeterminado?</translation>
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
        <translation>Dejar de buscar por esta foto</translation>
    </message>
    <message>
        <source>Remove the example photo</source>
        <translation>Quitar la foto de ejemplo</translation>
    </message>
    <message>
        <source>Searching by this photo: {0}</source>
        <translation>Buscando por esta foto: {0}</translation>
    </message>
    <message>
        <source>Example photo {0}</source>
        <translation>Foto de ejemplo {0}</translation>
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
</context>
<context>
    <name>LibraryStatusBar</name>
    <message>
        <source>Pause indexing</source>
        <translation>Pausar la indexación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the model download</source>
        <translation>Cancelar la descarga del modelo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Downloading {model}: {done:.0f} of {total:.0f} MB (first use only)</source>
        <translation>Descargando {model}: {done:.0f} de {total:.0f} MB (solo la primera vez)</translation>
    </message>
    <message>
        <source>Resume indexing</source>
        <translation>Reanudar la indexación</translation>
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
        <translation>Cargando los modelos…</translation>
    </message>
    <message>
        <source>Jump to date</source>
        <translation>Ir a una fecha</translation>
    </message>
    <message>
        <source>Jump to a month (Ctrl+J)</source>
        <translation>Ir a un mes (Ctrl+J)</translation>
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
        <source>&amp;Settings…</source>
        <translation>&amp;Preferencias…</translation>
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
        <source>Copy &amp;to…</source>
        <translation>Copiar &amp;a…</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Mover a la &amp;papelera</translation>
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
        <source>&amp;Jump to date…</source>
        <translation>&amp;Ir a una fecha…</translation>
    </message>
    <message>
        <source>The search failed: {0}</source>
        <translation>La búsqueda falló: {0}</translation>
    </message>
    <message>
        <source>Stopped searching by {0}</source>
        <translation>Ya no se busca por {0}</translation>
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
        <source>Copy to…</source>
        <translation>Copiar a…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Copy the photos to</source>
        <translation>Copiar las fotos a</translation>
    </message>
    <message>
        <source>Copied {0} of {1} photos to {2}</source>
        <translation>Copiadas {0} de {1} fotos a {2}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Could not move {0} to the trash: {1}</source>
        <translation>No se pudo mover {0} a la papelera: {1}</translation>
    </message>
    <message>
        <source>Moved {0} photos to the trash</source>
        <translation>{0} fotos movidas a la papelera</translation>
    </message>
    <message>
        <source>Add a folder of photos</source>
        <translation>Añadir una carpeta de fotos</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>Quitar carpeta</translation>
    </message>
    <message>
        <source>Stop watching {0}?

Its photos leave the index and no longer show up here or in searches. The files themselves stay on disk.</source>
        <translation>¿Dejar de vigilar {0}?

Sus fotos salen del índice y ya no aparecen aquí ni en las búsquedas. Los archivos siguen en el disco.</translation>
    </message>
    <message>
        <source>Exclude a subfolder from the index</source>
        <translation>Excluir una subcarpeta del índice</translation>
    </message>
    <message>
        <source>Photos in {0} are left out of the index</source>
        <translation>Las fotos de {0} quedan fuera del índice</translation>
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
        <source>Indexing paused while on battery power</source>
        <translation>Indexación en pausa mientras se usa la batería</translation>
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
    <name>PreviewWindow</name>
    <message>
        <source>Previous photo (Left)</source>
        <translation>Foto anterior (Izquierda)</translation>
    </message>
    <message>
        <source>Next photo (Right)</source>
        <translation>Foto siguiente (Derecha)</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Actual size / fit (Z)</source>
        <translation>Tamaño real / ajustar (Z)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Pantalla completa (F11)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open in the default viewer (Enter)</source>
        <translation>Abrir en el visor predeterminado (Intro)</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Show in the file manager</source>
        <translation>Mostrar en el gestor de archivos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensiones</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Tamaño del archivo</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>This photo cannot be shown: {0}</source>
        <translation>No se puede mostrar esta foto: {0}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>{0} × {1} pixels</source>
        <translation>{0} × {1} píxeles</translation>
    </message>
    <message>
        <source>{0} (file date)</source>
        <translation>{0} (fecha del archivo)</translation>
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
<context>
    <name>SearchBar</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Image model</source>
        <translation>Modelo de imagen</translation>
    </message>
    <message>
        <source>Text model</source>
        <translation>Modelo de texto</translation>
    </message>
    <message>
        <source>A Hugging Face model name, or a folder that holds the model</source>
        <translation>Un nombre de modelo de Hugging Face o una carpeta que contenga el modelo</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Carpeta…</translation>
    </message>
    <message>
        <source>Choose a folder that holds the model</source>
        <translation>Elegir una carpeta que contenga el modelo</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
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
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>A new device applies at the next start.</source>
        <translation>Un nuevo dispositivo se aplica en el próximo inicio.</translation>
    </message>
    <message>
        <source>Background indexing</source>
        <translation>Indexación en segundo plano</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Hilos</translation>
    </message>
    <message>
        <source>Fewer threads leave more of the computer to other work</source>
        <translation>Menos hilos dejan más del ordenador para otras tareas</translation>
    </message>
    <message>
        <source>Pause while on battery power</source>
        <translation>Pausar mientras se usa la batería</translation>
    </message>
    <message>
        <source>This computer does not report a battery</source>
        <translation>Este ordenador no informa de ninguna batería</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <source>Choose a folder that holds a model</source>
        <translation>Elige una carpeta que contenga un modelo</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Library and folders</source>
        <translation>Biblioteca y carpetas</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Every photo, newest first</source>
        <translation>Todas las fotos, las más recientes primero</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <source>Albums</source>
        <translation>Álbumes</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>{0} (offline)</source>
        <translation>{0} (sin conexión)</translation>
    </message>
    <message>
        <source>Not reachable: its photos stay in the index.</source>
        <translation>No accesible: sus fotos siguen en el índice.</translation>
    </message>
    <message>
        <source>· indexing, {0} left</source>
        <translation>· indexando, quedan {0}</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <source>Exclude a subfolder…</source>
        <translation>Excluir una subcarpeta…</translation>
    </message>
    <message>
        <source>Remove folder…</source>
        <translation>Quitar carpeta…</translation>
    </message>
</context>
<context>
    <name>SidebarPane</name>
    <message>
        <source>Add a folder of photos (Ctrl+O)</source>
        <translation>Añadir una carpeta de fotos (Ctrl+O)</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Añadir carpeta</translation>
    </message>
</context>
</TS>
