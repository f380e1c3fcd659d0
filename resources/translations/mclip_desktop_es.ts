<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AlbumsController</name>
    <message>
        <source>Edit album</source>
        <translation>Editar álbum</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Remove album</source>
        <translation>Quitar álbum</translation>
    </message>
    <message>
        <source>Remove the album {0}? Its photos stay where they are.</source>
        <translation>¿Quitar el álbum {0}? Sus fotos se quedan donde están.</translation>
    </message>
    <message>
        <source>Removed the album {0}</source>
        <translation>Álbum {0} quitado</translation>
    </message>
    <message>
        <source>Copy the photos of {0} to</source>
        <translation>Copiar las fotos de {0} a</translation>
    </message>
    <message>
        <source>Copied {0} photos of {1} to {2}</source>
        <translation>Copiadas {0} fotos de {1} a {2}</translation>
    </message>
    <message>
        <source>{0} already there, {1} failed</source>
        <translation>{0} ya estaban, {1} fallaron</translation>
    </message>
</context>
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
    <name>Cli</name>
    <message>
        <source>Downloading the model {model} (first use only)…</source>
        <translation>Descargando el modelo {model} (solo la primera vez)…</translation>
    </message>
    <message>
        <source>No folders are watched yet: run &apos;mclip-desktop index FOLDER&apos;.</source>
        <translation>Todavía no se vigila ninguna carpeta: ejecute &apos;mclip-desktop index CARPETA&apos;.</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>No se pudo leer {path}: {reason}</translation>
    </message>
    <message>
        <source>The folder {path} is not reachable; its photos are kept.</source>
        <translation>No se puede acceder a la carpeta {path}; sus fotos se conservan.</translation>
    </message>
    <message>
        <source>{indexed} photos searchable: {embedded} newly embedded, {reused} moved or duplicates, {removed} removed, {failed} could not be read ({seconds} s).</source>
        <translation>{indexed} fotos disponibles para buscar: {embedded} procesadas de nuevo, {reused} movidas o duplicadas, {removed} eliminadas, {failed} no se pudieron leer ({seconds} s).</translation>
    </message>
    <message>
        <source>-n must be a positive number of results.</source>
        <translation>-n debe ser un número positivo de resultados.</translation>
    </message>
    <message>
        <source>A search needs a term to look for, not only terms to avoid.</source>
        <translation>Una búsqueda necesita un término que buscar, no solo términos que evitar.</translation>
    </message>
    <message>
        <source>{option} {value}: not a date; write it as YYYY-MM-DD.</source>
        <translation>{option} {value}: no es una fecha; escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>--after {first} is later than --before {last}: no day is in between.</source>
        <translation>--after {first} es posterior a --before {last}: no hay ningún día entre ambos.</translation>
    </message>
    <message>
        <source>--type {type}: unknown file type; use one of {types}.</source>
        <translation>--type {type}: tipo de archivo desconocido; use uno de {types}.</translation>
    </message>
    <message>
        <source>--sort {sort}: sort by &apos;relevance&apos; or &apos;date&apos;.</source>
        <translation>--sort {sort}: ordene por &apos;relevance&apos; o &apos;date&apos;.</translation>
    </message>
    <message>
        <source>--folder {path} is not a watched folder or inside one. &apos;mclip-desktop folders list&apos; shows them.</source>
        <translation>--folder {path} no es una carpeta vigilada ni está dentro de una. &apos;mclip-desktop folders list&apos; las muestra.</translation>
    </message>
    <message>
        <source>No photos indexed yet: run &apos;mclip-desktop index FOLDER&apos; first.</source>
        <translation>Aún no hay fotos indexadas: ejecute primero &apos;mclip-desktop index CARPETA&apos;.</translation>
    </message>
    <message>
        <source>No matching photos.</source>
        <translation>No hay fotos que coincidan.</translation>
    </message>
    <message>
        <source>{count} weaker matches not shown (use -n to see more).</source>
        <translation>{count} coincidencias más débiles no se muestran (use -n para ver más).</translation>
    </message>
    <message>
        <source>Searching with &apos;{old}&apos;, the model this library&apos;s photos are embedded with; &apos;{new}&apos; (from {source}) takes over once &apos;mclip-desktop index&apos; has embedded them again.</source>
        <translation>Se busca con &apos;{old}&apos;, el modelo con el que están incrustadas las fotos de esta biblioteca; &apos;{new}&apos; (de {source}) toma el relevo cuando &apos;mclip-desktop index&apos; las haya incrustado de nuevo.</translation>
    </message>
    <message>
        <source>Watching {path}. Run &apos;mclip-desktop index&apos; to index it.</source>
        <translation>Se vigila {path}. Ejecute &apos;mclip-desktop index&apos; para indexarla.</translation>
    </message>
    <message>
        <source>No longer watching {path}; its photos left the index.</source>
        <translation>Ya no se vigila {path}; sus fotos han salido del índice.</translation>
    </message>
    <message>
        <source>{path}  {files} files</source>
        <translation>{path}  {files} archivos</translation>
    </message>
    <message>
        <source>{path}  {files} files  (offline)</source>
        <translation>{path}  {files} archivos  (sin conexión)</translation>
    </message>
    <message>
        <source>{indexed} photos searchable, {pending} waiting, {failed} could not be read.</source>
        <translation>{indexed} fotos disponibles para buscar, {pending} en espera, {failed} no se pudieron leer.</translation>
    </message>
    <message>
        <source>{path}  ({files} files, online)</source>
        <translation>{path}  ({files} archivos, conectada)</translation>
    </message>
    <message>
        <source>{path}  ({files} files, offline)</source>
        <translation>{path}  ({files} archivos, sin conexión)</translation>
    </message>
    <message>
        <source>could not read {path}: {reason}</source>
        <translation>no se pudo leer {path}: {reason}</translation>
    </message>
    <message>
        <source>… and {count} more (see status --json)</source>
        <translation>… y {count} más (vea status --json)</translation>
    </message>
    <message>
        <source>Models: image {image}, text {text_model}</source>
        <translation>Modelos: imagen {image}, texto {text_model}</translation>
    </message>
    <message>
        <source>switching to {model}: {count} photo(s) still to embed (run &apos;mclip-desktop index&apos;)</source>
        <translation>cambiando a {model}: quedan {count} foto(s) por incrustar (ejecute &apos;mclip-desktop index&apos;)</translation>
    </message>
    <message>
        <source>Data: {path}</source>
        <translation>Datos: {path}</translation>
    </message>
    <message>
        <source>No folders are watched yet: run &apos;mclip-desktop watch FOLDER&apos;.</source>
        <translation>Todavía no se vigila ninguna carpeta: ejecute &apos;mclip-desktop watch CARPETA&apos;.</translation>
    </message>
    <message>
        <source>Watching {count} folder(s); press Ctrl-C to stop.</source>
        <translation>Vigilando {count} carpeta(s); pulse Ctrl-C para detener.</translation>
    </message>
    <message>
        <source>Watching stopped after an error (see the messages above).</source>
        <translation>La vigilancia se detuvo tras un error (vea los mensajes anteriores).</translation>
    </message>
    <message>
        <source>Removed the login service {unit}.</source>
        <translation>Se eliminó el servicio de inicio de sesión {unit}.</translation>
    </message>
    <message>
        <source>The login service {name} runs &apos;{command}&apos; now and at each login; &apos;systemctl --user status {name}&apos; shows it.</source>
        <translation>El servicio de inicio de sesión {name} ejecuta &apos;{command}&apos; ahora y en cada inicio de sesión; &apos;systemctl --user status {name}&apos; lo muestra.</translation>
    </message>
    <message>
        <source>Wrote {unit}. Start it with: systemctl --user enable --now {name}</source>
        <translation>Se escribió {unit}. Inícielo con: systemctl --user enable --now {name}</translation>
    </message>
    <message>
        <source>The desktop app cannot start: a part of it is missing. Reinstall mclip-desktop with its dependencies, or use the command line (see &apos;mclip-desktop --help&apos;).</source>
        <translation>La aplicación de escritorio no puede iniciarse: falta una parte. Reinstale mclip-desktop con sus dependencias o use la línea de órdenes (vea &apos;mclip-desktop --help&apos;).</translation>
    </message>
    <message>
        <source>stopped. Work finished so far is kept.</source>
        <translation>detenido. El trabajo terminado hasta ahora se conserva.</translation>
    </message>
</context>
<context>
    <name>CliMessages</name>
    <message>
        <source>Point {flag} at the folder that holds modules.json.</source>
        <translation>Indique con {flag} la carpeta que contiene modules.json.</translation>
    </message>
    <message>
        <source>Check {flag}.</source>
        <translation>Revise {flag}.</translation>
    </message>
    <message>
        <source>Give a local folder with {flag} FOLDER.</source>
        <translation>Indique una carpeta local con {flag} CARPETA.</translation>
    </message>
    <message>
        <source>Give another folder with {flag} FOLDER.</source>
        <translation>Indique otra carpeta con {flag} CARPETA.</translation>
    </message>
    <message>
        <source>Check --text-model and --image-model.</source>
        <translation>Revise --text-model y --image-model.</translation>
    </message>
    <message>
        <source>&apos;mclip-desktop folders list&apos; shows them.</source>
        <translation>&apos;mclip-desktop folders list&apos; las muestra.</translation>
    </message>
    <message>
        <source>Run &apos;mclip-desktop index FOLDER&apos; first.</source>
        <translation>Ejecute primero &apos;mclip-desktop index CARPETA&apos;.</translation>
    </message>
    <message>
        <source>Or use another --data-dir.</source>
        <translation>O use otro --data-dir.</translation>
    </message>
    <message>
        <source>Or choose another with --data-dir.</source>
        <translation>O elija otra con --data-dir.</translation>
    </message>
    <message>
        <source>Run &apos;mclip-desktop check&apos; to see what is wrong.</source>
        <translation>Ejecute &apos;mclip-desktop check&apos; para ver qué falla.</translation>
    </message>
    <message>
        <source>Or choose another with --data-dir (or MCLIP_DATA_DIR).</source>
        <translation>O elija otra con --data-dir (o MCLIP_DATA_DIR).</translation>
    </message>
    <message>
        <source>Or choose another --data-dir.</source>
        <translation>O elija otro --data-dir.</translation>
    </message>
    <message>
        <source>Run &apos;mclip-desktop watch&apos; again to resume.</source>
        <translation>Ejecute de nuevo &apos;mclip-desktop watch&apos; para continuar.</translation>
    </message>
</context>
<context>
    <name>DateRangePanel</name>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>mclip-desktop cannot start</source>
        <translation>mclip-desktop no puede iniciarse</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Buscando duplicados…</translation>
    </message>
    <message>
        <source>Also show similar shots (bursts)</source>
        <translation>Mostrar también tomas parecidas (ráfagas)</translation>
    </message>
    <message>
        <source>Zoom in to compare</source>
        <translation>Ampliar para comparar</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Buscar de nuevo</translation>
    </message>
    <message>
        <source>Keep selected, move the others to the trash</source>
        <translation>Conservar la seleccionada y mover las demás a la papelera</translation>
    </message>
    <message>
        <source>Do this for all groups</source>
        <translation>Hacerlo en todos los grupos</translation>
    </message>
    <message>
        <source>Exact copies</source>
        <translation>Copias exactas</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copias</translation>
    </message>
    <message>
        <source>Similar shots</source>
        <translation>Tomas parecidas</translation>
    </message>
    <message>
        <source>{0} groups; {1} files can go to the trash.</source>
        <translation>{0} grupos; {1} archivos pueden ir a la papelera.</translation>
    </message>
    <message>
        <source>No duplicates among {0} photos.</source>
        <translation>No hay duplicados entre {0} fotos.</translation>
    </message>
    <message>
        <source>Could not look for duplicates: {0}</source>
        <translation>No se pudieron buscar duplicados: {0}</translation>
    </message>
    <message>
        <source>highest resolution ({0} × {1})</source>
        <translation>mayor resolución ({0} × {1})</translation>
    </message>
    <message>
        <source>least compression</source>
        <translation>menor compresión</translation>
    </message>
    <message>
        <source>has camera metadata (EXIF)</source>
        <translation>tiene metadatos de cámara (EXIF)</translation>
    </message>
    <message>
        <source>oldest file</source>
        <translation>archivo más antiguo</translation>
    </message>
    <message>
        <source>all copies are alike; the first by name</source>
        <translation>todas las copias son iguales; la primera por nombre</translation>
    </message>
    <message>
        <source>Suggested: keep {0} — {1}.</source>
        <translation>Sugerencia: conservar {0} — {1}.</translation>
    </message>
    <message>
        <source>Moved {0} files to the trash.</source>
        <translation>{0} archivos movidos a la papelera.</translation>
    </message>
    <message>
        <source>Skipped {0} groups: {1}</source>
        <translation>{0} grupos omitidos: {1}</translation>
    </message>
</context>
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
        <source>Looking for the models…</source>
        <translation>Buscando los modelos…</translation>
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
    <message>
        <source>Show {0} weaker matches</source>
        <translation>Mostrar {0} coincidencias más débiles</translation>
    </message>
    <message>
        <source>No close matches</source>
        <translation>No hay coincidencias cercanas</translation>
    </message>
    <message>
        <source>No photo matches the filters.</source>
        <translation>Ninguna foto cumple los filtros.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>No photos here</source>
        <translation>No hay fotos aquí</translation>
    </message>
    <message>
        <source>No photo of the album {0} matches.</source>
        <translation>Ninguna foto del álbum {0} coincide.</translation>
    </message>
    <message>
        <source>No photo matches {0} yet. Right-click the album to edit its labels, or add photos like the ones you want.</source>
        <translation>Todavía ninguna foto coincide con {0}. Haga clic derecho en el álbum para editar sus etiquetas o añadir fotos de ejemplo.</translation>
    </message>
    <message>
        <source>This album is empty</source>
        <translation>Este álbum está vacío</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>The model download was cancelled.</source>
        <translation>Se canceló la descarga del modelo.</translation>
    </message>
    <message>
        <source>The model {0} could not be loaded.</source>
        <translation>No se pudo cargar el modelo {0}.</translation>
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
    <name>FilterBar</name>
    <message>
        <source>Only photos in this folder</source>
        <translation>Solo fotos de esta carpeta</translation>
    </message>
    <message>
        <source>Only photos taken in these days</source>
        <translation>Solo fotos tomadas en estos días</translation>
    </message>
    <message>
        <source>Only photos of these file types</source>
        <translation>Solo fotos de estos tipos de archivo</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Show photos of every folder, date and type</source>
        <translation>Mostrar fotos de todas las carpetas, fechas y tipos</translation>
    </message>
    <message>
        <source>All folders</source>
        <translation>Todas las carpetas</translation>
    </message>
    <message>
        <source>From {0}</source>
        <translation>Desde {0}</translation>
    </message>
    <message>
        <source>Until {0}</source>
        <translation>Hasta {0}</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Cualquier tipo</translation>
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
    <name>GuiMessages</name>
    <message>
        <source>Choose the folder that holds modules.json.</source>
        <translation>Elija la carpeta que contiene modules.json.</translation>
    </message>
    <message>
        <source>Choose the folder where the model is now.</source>
        <translation>Elija la carpeta donde está ahora el modelo.</translation>
    </message>
    <message>
        <source>Choose a folder that holds the model instead.</source>
        <translation>Elija en su lugar una carpeta que contenga el modelo.</translation>
    </message>
    <message>
        <source>Choose the folder of a CLIP image model.</source>
        <translation>Elija la carpeta de un modelo de imagen CLIP.</translation>
    </message>
    <message>
        <source>Add a folder of photos to start one.</source>
        <translation>Añada una carpeta de fotos para crear uno.</translation>
    </message>
    <message>
        <source>Restart mclip-desktop to resume.</source>
        <translation>Reinicie mclip-desktop para continuar.</translation>
    </message>
    <message>
        <source>An unexpected error occurred; its details were logged.</source>
        <translation>Se produjo un error inesperado; sus detalles quedaron registrados.</translation>
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
        <source>Fetching the dropped image…</source>
        <translation>Obteniendo la imagen soltada…</translation>
    </message>
    <message>
        <source>Cannot copy {0}: it cannot be read.</source>
        <translation>No se puede copiar {0}: no se puede leer.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
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
        <source>More like this</source>
        <translation>Más como esta</translation>
    </message>
    <message>
        <source>Less like this</source>
        <translation>Menos como esta</translation>
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
        <source>Choose the folder of the image model {0}</source>
        <translation>Elegir la carpeta del modelo de imagen {0}</translation>
    </message>
    <message>
        <source>Choose the folder of the text model {0}</source>
        <translation>Elegir la carpeta del modelo de texto {0}</translation>
    </message>
    <message>
        <source>Choose a folder that holds a model</source>
        <translation>Elige una carpeta que contenga un modelo</translation>
    </message>
    <message>
        <source>The models are ready.</source>
        <translation>Los modelos están listos.</translation>
    </message>
    <message>
        <source>Search your photos, in any language…</source>
        <translation>Busca en tus fotos, en cualquier idioma…</translation>
    </message>
    <message>
        <source>Checked again: still not available.</source>
        <translation>Comprobado de nuevo: sigue sin estar disponible.</translation>
    </message>
    <message>
        <source>The models are not available</source>
        <translation>Los modelos no están disponibles</translation>
    </message>
    <message>
        <source>Choose model folder for the image model {0}…</source>
        <translation>Elegir la carpeta del modelo de imagen {0}…</translation>
    </message>
    <message>
        <source>Choose model folder for the text model {0}…</source>
        <translation>Elegir la carpeta del modelo de texto {0}…</translation>
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
        <source>&amp;Settings…</source>
        <translation>&amp;Preferencias…</translation>
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
        <source>&amp;Jump to date…</source>
        <translation>&amp;Ir a una fecha…</translation>
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
        <source>Indexing paused while on battery power</source>
        <translation>Indexación en pausa mientras se usa la batería</translation>
    </message>
    <message>
        <source>&amp;Duplicates…</source>
        <translation>&amp;Duplicados…</translation>
    </message>
    <message>
        <source>&amp;Albums…</source>
        <translation>Á&amp;lbumes…</translation>
    </message>
    <message>
        <source>{0} photos</source>
        <translation>{0} fotos</translation>
    </message>
    <message>
        <source>No close matches</source>
        <translation>No hay coincidencias cercanas</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 coincidencia</translation>
    </message>
    <message>
        <source>{0} matches</source>
        <translation>{0} coincidencias</translation>
    </message>
    <message>
        <source>Hide weaker matches</source>
        <translation>Ocultar coincidencias más débiles</translation>
    </message>
    <message>
        <source>Show {0} weaker matches</source>
        <translation>Mostrar {0} coincidencias más débiles</translation>
    </message>
    <message>
        <source>Removed {0} from the search</source>
        <translation>Se quitó {0} de la búsqueda</translation>
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
    <name>MemberCard</name>
    <message>
        <source>Cannot show this file</source>
        <translation>No se puede mostrar este archivo</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Conservar esta</translation>
    </message>
    <message>
        <source>{0} × {1} pixels</source>
        <translation>{0} × {1} píxeles</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>not a regular file (a pipe, socket or device)</source>
        <translation>no es un archivo normal (una tubería, un socket o un dispositivo)</translation>
    </message>
    <message>
        <source>file too large to be a photo ({size_mb} MB)</source>
        <translation>archivo demasiado grande para ser una foto ({size_mb} MB)</translation>
    </message>
    <message>
        <source>file too large to be a photo (it grew while being read)</source>
        <translation>archivo demasiado grande para ser una foto (creció mientras se leía)</translation>
    </message>
    <message>
        <source>the file disappeared before it could be read</source>
        <translation>el archivo desapareció antes de poder leerlo</translation>
    </message>
    <message>
        <source>permission denied: check the file&apos;s permissions</source>
        <translation>permiso denegado: revise los permisos del archivo</translation>
    </message>
    <message>
        <source>this is a folder, not a photo</source>
        <translation>es una carpeta, no una foto</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>no se puede leer el archivo ({reason})</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>ese archivo no existe</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>no se puede leer el archivo</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>archivo vacío (0 bytes)</translation>
    </message>
    <message>
        <source>the image has no pixels ({width}x{height})</source>
        <translation>la imagen no tiene píxeles ({width}x{height})</translation>
    </message>
    <message>
        <source>image too large to decode safely ({width}x{height} pixels)</source>
        <translation>imagen demasiado grande para decodificarla con seguridad ({width}x{height} píxeles)</translation>
    </message>
    <message>
        <source>image has too many pixels to be decoded safely</source>
        <translation>la imagen tiene demasiados píxeles para decodificarla con seguridad</translation>
    </message>
    <message>
        <source>not a photo format mclip-desktop can read (damaged file, or another file type)</source>
        <translation>no es un formato de foto que mclip-desktop pueda leer (archivo dañado u otro tipo de archivo)</translation>
    </message>
    <message>
        <source>HEIC/HEIF photo, which this installation cannot read: install pillow-heif</source>
        <translation>foto HEIC/HEIF, que esta instalación no puede leer: instale pillow-heif</translation>
    </message>
    <message>
        <source>AVIF photo, which this installation cannot read: update Pillow</source>
        <translation>foto AVIF, que esta instalación no puede leer: actualice Pillow</translation>
    </message>
    <message>
        <source>the file is truncated or damaged</source>
        <translation>el archivo está truncado o dañado</translation>
    </message>
    <message>
        <source>not enough memory to decode this image</source>
        <translation>no hay memoria suficiente para decodificar esta imagen</translation>
    </message>
    <message>
        <source>the image data is damaged</source>
        <translation>los datos de la imagen están dañados</translation>
    </message>
    <message>
        <source>a kind of image this version cannot decode</source>
        <translation>un tipo de imagen que esta versión no puede decodificar</translation>
    </message>
    <message>
        <source>cannot decode the image</source>
        <translation>no se puede decodificar la imagen</translation>
    </message>
    <message>
        <source>the photo is not reachable</source>
        <translation>no se puede acceder a la foto</translation>
    </message>
    <message>
        <source>Cannot use {path} as a query image: {reason}</source>
        <translation>No se puede usar {path} como imagen de búsqueda: {reason}</translation>
    </message>
    <message>
        <source>The search text is empty.</source>
        <translation>El texto de búsqueda está vacío.</translation>
    </message>
    <message>
        <source>A search term is empty.</source>
        <translation>Un término de búsqueda está vacío.</translation>
    </message>
    <message>
        <source>The weight in &apos;{term}&apos; is not a usable number.</source>
        <translation>El peso en &apos;{term}&apos; no es un número utilizable.</translation>
    </message>
    <message>
        <source>The weight &apos;{weight}&apos; in &apos;{term}&apos; is not a number.</source>
        <translation>El peso &apos;{weight}&apos; en &apos;{term}&apos; no es un número.</translation>
    </message>
    <message>
        <source>{path} is not an indexed photo of the library.</source>
        <translation>{path} no es una foto indexada de la biblioteca.</translation>
    </message>
    <message>
        <source>The search terms cancel each other out; change a weight or a term.</source>
        <translation>Los términos de búsqueda se anulan entre sí; cambie un peso o un término.</translation>
    </message>
    <message>
        <source>Only http and https addresses can be fetched, not {scheme}: {url}</source>
        <translation>Solo se pueden descargar direcciones http y https, no {scheme}: {url}</translation>
    </message>
    <message>
        <source>The image at {url} is larger than {size_mb} MB.</source>
        <translation>La imagen de {url} ocupa más de {size_mb} MB.</translation>
    </message>
    <message>
        <source>Could not fetch {url}. Check the address and the network connection.</source>
        <translation>No se pudo descargar {url}. Revise la dirección y la conexión de red.</translation>
    </message>
    <message>
        <source>The folder {path} does not hold a sentence-transformers model (no modules.json).</source>
        <translation>La carpeta {path} no contiene un modelo de sentence-transformers (falta modules.json).</translation>
    </message>
    <message>
        <source>The model folder {path} does not exist.</source>
        <translation>La carpeta del modelo {path} no existe.</translation>
    </message>
    <message>
        <source>There is no model named &apos;{model}&apos; on the Hugging Face hub.</source>
        <translation>No hay ningún modelo llamado &apos;{model}&apos; en Hugging Face Hub.</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; is not on this computer and could not be downloaded. Connect to the internet once so it can be downloaded, or use a local folder that holds the model.</source>
        <translation>El modelo &apos;{model}&apos; no está en este ordenador y no se pudo descargar. Conéctese a internet una vez para que pueda descargarse, o use una carpeta local que contenga el modelo.</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; in {path} could not be loaded. Delete it from the cache to download it again, or use another folder.</source>
        <translation>No se pudo cargar el modelo &apos;{model}&apos; de {path}. Bórrelo de la caché para descargarlo de nuevo, o use otra carpeta.</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; is not a CLIP image model; use one such as clip-ViT-B-32.</source>
        <translation>El modelo &apos;{model}&apos; no es un modelo de imagen CLIP; use uno como clip-ViT-B-32.</translation>
    </message>
    <message>
        <source>The text model &apos;{text_model}&apos; makes {text_dim}-d vectors but the photos were indexed with {image_dim}-d vectors by &apos;{image_model}&apos;. Use a text model trained for that image model.</source>
        <translation>El modelo de texto &apos;{text_model}&apos; genera vectores de {text_dim} dimensiones, pero las fotos se indexaron con vectores de {image_dim} dimensiones mediante &apos;{image_model}&apos;. Use un modelo de texto entrenado para ese modelo de imagen.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist or is not a folder.</source>
        <translation>La carpeta {path} no existe o no es una carpeta.</translation>
    </message>
    <message>
        <source>{path} is not a watched folder.</source>
        <translation>{path} no es una carpeta vigilada.</translation>
    </message>
    <message>
        <source>There is no catalog at {path} yet.</source>
        <translation>Todavía no hay ningún catálogo en {path}.</translation>
    </message>
    <message>
        <source>The catalog {path} was written by a newer version of mclip-desktop (schema {version}, this version knows {known}). It was left untouched: update mclip-desktop.</source>
        <translation>El catálogo {path} lo escribió una versión más reciente de mclip-desktop (esquema {version}; esta versión conoce el {known}). No se ha modificado: actualice mclip-desktop.</translation>
    </message>
    <message>
        <source>The catalog {path} needs an upgrade (schema {version} to {known}), but no backup could be written first. Nothing was changed: free some space or make the folder writable, then start again.</source>
        <translation>El catálogo {path} necesita actualizarse (del esquema {version} al {known}), pero antes no se pudo escribir una copia de seguridad. No se ha cambiado nada: libere espacio o haga que la carpeta admita escritura, y vuelva a empezar.</translation>
    </message>
    <message>
        <source>The disk holding the catalog {path} is full. Work finished before this is kept; free some space and start again.</source>
        <translation>El disco que contiene el catálogo {path} está lleno. El trabajo terminado hasta ahora se conserva; libere espacio y vuelva a empezar.</translation>
    </message>
    <message>
        <source>Cannot write the login service file {path}: {reason}.</source>
        <translation>No se puede escribir el archivo del servicio de inicio de sesión {path}: {reason}.</translation>
    </message>
    <message>
        <source>The login service is written for Linux (systemd); on macOS see the README (launchd).</source>
        <translation>El servicio de inicio de sesión está escrito para Linux (systemd); en macOS consulte el README (launchd).</translation>
    </message>
    <message>
        <source>The catalog {path} is read-only. Make its folder writable.</source>
        <translation>El catálogo {path} es de solo lectura. Haga que su carpeta admita escritura.</translation>
    </message>
    <message>
        <source>The catalog {path} cannot be written.</source>
        <translation>No se puede escribir en el catálogo {path}.</translation>
    </message>
    <message>
        <source>The catalog {path} stayed locked by another mclip-desktop for too long. Close the other window or command and try again.</source>
        <translation>Otro mclip-desktop mantuvo bloqueado el catálogo {path} demasiado tiempo. Cierre la otra ventana u orden y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The data folder {path} is read-only. mclip-desktop keeps its catalog and index there and must be able to write: make it writable.</source>
        <translation>La carpeta de datos {path} es de solo lectura. mclip-desktop guarda allí su catálogo y su índice y necesita poder escribir: haga que admita escritura.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Free some space.</source>
        <translation>El disco que contiene {path} está lleno. Libere espacio.</translation>
    </message>
    <message>
        <source>Cannot open the catalog {path}. Check that its folder is writable.</source>
        <translation>No se puede abrir el catálogo {path}. Compruebe que su carpeta admite escritura.</translation>
    </message>
    <message>
        <source>The catalog {path} is damaged. A backup made before an upgrade may sit beside it.</source>
        <translation>El catálogo {path} está dañado. Puede que a su lado haya una copia de seguridad hecha antes de una actualización.</translation>
    </message>
    <message>
        <source>The catalog {path} cannot be used. If the disk is full or read-only, free some space or make it writable.</source>
        <translation>No se puede usar el catálogo {path}. Si el disco está lleno o es de solo lectura, libere espacio o haga que admita escritura.</translation>
    </message>
    <message>
        <source>Could not save the search index {path}. The previous index file is kept and is brought up to date from the catalog at the next start; check the data folder.</source>
        <translation>No se pudo guardar el índice de búsqueda {path}. Se conserva el archivo de índice anterior, que se actualizará a partir del catálogo en el próximo inicio; revise la carpeta de datos.</translation>
    </message>
    <message>
        <source>Could not save the search index {path}: the disk is full. The previous index file is kept and is brought up to date from the catalog at the next start; free some space.</source>
        <translation>No se pudo guardar el índice de búsqueda {path}: el disco está lleno. Se conserva el archivo de índice anterior, que se actualizará a partir del catálogo en el próximo inicio; libere espacio.</translation>
    </message>
    <message>
        <source>The system ran out of folder watches, so some folders are checked for changes every few seconds instead. To raise the limit on Linux: echo fs.inotify.max_user_watches=524288 | sudo tee /etc/sysctl.d/60-mclip-desktop.conf &amp;&amp; sudo sysctl --system</source>
        <translation>El sistema se quedó sin vigilancias de carpetas, así que algunas carpetas se revisan cada pocos segundos en su lugar. Para subir el límite en Linux: echo fs.inotify.max_user_watches=524288 | sudo tee /etc/sysctl.d/60-mclip-desktop.conf &amp;&amp; sudo sysctl --system</translation>
    </message>
    <message>
        <source>The system ran out of folder watchers, so some folders are checked for changes every few seconds instead. To raise the limit on Linux: echo fs.inotify.max_user_instances=1024 | sudo tee /etc/sysctl.d/61-mclip-desktop.conf &amp;&amp; sudo sysctl --system</source>
        <translation>El sistema se quedó sin observadores de carpetas, así que algunas carpetas se revisan cada pocos segundos en su lugar. Para subir el límite en Linux: echo fs.inotify.max_user_instances=1024 | sudo tee /etc/sysctl.d/61-mclip-desktop.conf &amp;&amp; sudo sysctl --system</translation>
    </message>
    <message>
        <source>Cannot watch {path} for changes; it is checked every few seconds instead.</source>
        <translation>No se pueden vigilar los cambios de {path}; en su lugar se revisa cada pocos segundos.</translation>
    </message>
    <message>
        <source>Cannot watch {path}; rescans still find its changes.</source>
        <translation>No se puede vigilar {path}; las nuevas revisiones siguen encontrando sus cambios.</translation>
    </message>
    <message>
        <source>Switching models: the photos were embedded with &apos;{old}&apos; and are now embedded again with &apos;{new}&apos;. Searches use the old vectors until this is complete.</source>
        <translation>Cambio de modelo: las fotos se incrustaron con &apos;{old}&apos; y ahora se incrustan de nuevo con &apos;{new}&apos;. Las búsquedas usan los vectores antiguos hasta que termine.</translation>
    </message>
    <message>
        <source>Switched models: searches now use &apos;{model}&apos;.</source>
        <translation>Modelo cambiado: las búsquedas usan ahora &apos;{model}&apos;.</translation>
    </message>
    <message>
        <source>{path} is back; checking it for changes.</source>
        <translation>{path} vuelve a estar disponible; se buscan cambios.</translation>
    </message>
    <message>
        <source>{path} is not reachable; its photos are kept until it is back.</source>
        <translation>No se puede acceder a {path}; sus fotos se conservan hasta que vuelva.</translation>
    </message>
    <message>
        <source>Indexing stopped: {reason}</source>
        <translation>Indexación detenida: {reason}</translation>
    </message>
    <message>
        <source>Indexing stopped after an unexpected error.</source>
        <translation>La indexación se detuvo tras un error inesperado.</translation>
    </message>
    <message>
        <source>The search index could not be saved: {reason}</source>
        <translation>No se pudo guardar el índice de búsqueda: {reason}</translation>
    </message>
    <message>
        <source>An album needs a name.</source>
        <translation>Un álbum necesita un nombre.</translation>
    </message>
    <message>
        <source>A label of the album &apos;{name}&apos; is empty; give some words.</source>
        <translation>Una etiqueta del álbum &apos;{name}&apos; está vacía; escriba algunas palabras.</translation>
    </message>
    <message>
        <source>The strictness {value} is not a number between 0 (loose) and 1 (strict).</source>
        <translation>La rigurosidad {value} no es un número entre 0 (amplia) y 1 (estricta).</translation>
    </message>
    <message>
        <source>The example photo {path} does not exist or is not a file.</source>
        <translation>La foto de ejemplo {path} no existe o no es un archivo.</translation>
    </message>
    <message>
        <source>The example photo {path} cannot be read ({why}).</source>
        <translation>No se puede leer la foto de ejemplo {path} ({why}).</translation>
    </message>
    <message>
        <source>There is no album named &apos;{name}&apos; (albums: {known}).</source>
        <translation>No hay ningún álbum llamado &apos;{name}&apos; (álbumes: {known}).</translation>
    </message>
    <message>
        <source>There is no album named &apos;{name}&apos;; there are no albums yet.</source>
        <translation>No hay ningún álbum llamado &apos;{name}&apos;; todavía no hay álbumes.</translation>
    </message>
    <message>
        <source>This album no longer exists; it may have been removed meanwhile.</source>
        <translation>Este álbum ya no existe; puede que se haya quitado mientras tanto.</translation>
    </message>
    <message>
        <source>An album named &apos;{name}&apos; exists already; choose another name or remove it first.</source>
        <translation>Ya existe un álbum llamado &apos;{name}&apos;; elija otro nombre o quítelo primero.</translation>
    </message>
    <message>
        <source>The photo {path} is not in the library.</source>
        <translation>La foto {path} no está en la biblioteca.</translation>
    </message>
    <message>
        <source>{option} {value} is not a date; write it as YYYY-MM-DD.</source>
        <translation>{option} {value} no es una fecha; escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Give the folder to export into, or ask for XMP sidecars instead.</source>
        <translation>Indique la carpeta a la que exportar, o pida archivos XMP complementarios.</translation>
    </message>
    <message>
        <source>{path} exists and is not a folder; choose a folder to export to.</source>
        <translation>{path} existe y no es una carpeta; elija una carpeta a la que exportar.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be written ({why}); choose another folder.</source>
        <translation>No se puede escribir en la carpeta {path} ({why}); elija otra carpeta.</translation>
    </message>
    <message>
        <source>{count} files could not be written (see above).</source>
        <translation>No se pudieron escribir {count} archivos (vea arriba).</translation>
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
    <name>QueryBar</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevancia</translation>
    </message>
    <message>
        <source>Order: best match first, or newest first</source>
        <translation>Orden: mejor coincidencia primero, o más recientes primero</translation>
    </message>
</context>
<context>
    <name>QueryChip</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Excluded: click to include</source>
        <translation>Excluido: haga clic para incluir</translation>
    </message>
    <message>
        <source>Included: click to exclude</source>
        <translation>Incluido: haga clic para excluir</translation>
    </message>
    <message>
        <source>Remove from the search</source>
        <translation>Quitar de la búsqueda</translation>
    </message>
    <message>
        <source>Like this photo: {0}</source>
        <translation>Como esta foto: {0}</translation>
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
    <message>
        <source>The same photo is also at:</source>
        <translation>La misma foto también está en:</translation>
    </message>
    <message>
        <source>Weaker matches</source>
        <translation>Coincidencias más débiles</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Keep this text as a term of the search (Ctrl+Enter)</source>
        <translation>Conservar este texto como término de búsqueda (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Keep as a search term</source>
        <translation>Conservar como término de búsqueda</translation>
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
        <source>Click to look for copies of the same photo.</source>
        <translation>Haga clic para buscar copias de la misma foto.</translation>
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
    <message>
        <source>Groups of copies of the same photo: {0}. Click to review them.</source>
        <translation>Grupos de copias de la misma foto: {0}. Haga clic para revisarlos.</translation>
    </message>
    <message>
        <source>New album…</source>
        <translation>Nuevo álbum…</translation>
    </message>
    <message>
        <source>Edit album…</source>
        <translation>Editar álbum…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Remove album…</source>
        <translation>Quitar álbum…</translation>
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
