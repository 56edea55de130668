<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>_Dialog</name>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="46"/>
        <source>Expires on</source>
        <translation>Caduca el</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../salon_desk/ui/app.py" line="107"/>
        <source>Salon Desk cannot open the database</source>
        <translation>Salon Desk no puede abrir la base de datos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/app.py" line="107"/>
        <source>{0}

Nothing was changed. To open another file, start Salon Desk with --db PATH.</source>
        <translation>{0}

No se ha modificado nada. Para abrir otro archivo, inicie Salon Desk con --db RUTA.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/app.py" line="133"/>
        <source>Salon Desk</source>
        <translation>Salon Desk</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/app.py" line="226"/>
        <source>The database was upgraded; a copy of it as it was, with its documents, is kept in {0}</source>
        <translation>La base de datos se ha actualizado; se guarda una copia de cómo estaba, con sus documentos, en {0}</translation>
    </message>
    <message>
        <source>The database was upgraded; a copy of it as it was is kept at {0}</source>
        <translation type="obsolete">La base de datos se ha actualizado; se guarda una copia de la versión anterior en {0}</translation>
    </message>
    <message>
        <source>The database {0} cannot be opened:

{1}

Nothing was changed. Choose another file with --db PATH, or restore a backup.</source>
        <translation type="obsolete">No se puede abrir la base de datos {0}:

{1}

No se ha cambiado nada. Elija otro archivo con --db RUTA o restaure una copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="68"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="73"/>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="76"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="79"/>
        <source>Service:</source>
        <translation>Servicio:</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="83"/>
        <source>Book…</source>
        <translation>Dar cita…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="85"/>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="86"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="87"/>
        <source>Complete and charge…</source>
        <translation>Completar y cobrar…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="88"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="98"/>
        <source>No appointments found</source>
        <translation>No se han encontrado citas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="143"/>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="155"/>
        <source>All services</source>
        <translation>Todos los servicios</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="190"/>
        <source>Upcoming ({0})</source>
        <translation>Próximas ({0})</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="191"/>
        <source>Past ({0})</source>
        <translation>Pasadas ({0})</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="227"/>
        <source>Cancel the appointment</source>
        <translation>Cancelar la cita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="228"/>
        <source>Cancel this appointment? Its slot becomes free.</source>
        <translation>¿Cancelar esta cita? Su hueco queda libre.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="229"/>
        <source>Cancel appointment</source>
        <translation>Cancelar cita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="231"/>
        <source>The status was not changed</source>
        <translation>No se ha cambiado el estado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="244"/>
        <source>The appointment was not completed</source>
        <translation>No se ha completado la cita</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="obsolete">Impresión</translation>
    </message>
    <message>
        <source>Printing is not available in this installation.</source>
        <translation type="obsolete">La impresión no está disponible en esta instalación.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../salon_desk/ui/audit/feature.py" line="24"/>
        <source>Audit trail…</source>
        <translation>Registro de auditoría…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/feature.py" line="26"/>
        <source>Who changed what and when, for every customer, sale and setting; check that nobody changed the trail</source>
        <translation>Quién cambió qué y cuándo, en cada cliente, venta y ajuste; comprueba que nadie haya alterado el registro</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <location filename="../../salon_desk/ui/audit/window.py" line="64"/>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/window.py" line="88"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/window.py" line="89"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/window.py" line="91"/>
        <source>Customer ID</source>
        <translation>N.º de cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/window.py" line="95"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/window.py" line="95"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/window.py" line="96"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/window.py" line="113"/>
        <source>◀ Newer</source>
        <translation>◀ Más recientes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/window.py" line="114"/>
        <source>Older ▶</source>
        <translation>Más antiguas ▶</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/window.py" line="117"/>
        <location filename="../../salon_desk/ui/audit/window.py" line="220"/>
        <source>Verify chain</source>
        <translation>Verificar cadena</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/window.py" line="118"/>
        <source>Check that no row of the trail was changed, added or removed outside Salon Desk</source>
        <translation>Comprobar que ninguna fila del registro se haya cambiado, añadido o borrado fuera de Salon Desk</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/window.py" line="121"/>
        <location filename="../../salon_desk/ui/audit/window.py" line="235"/>
        <location filename="../../salon_desk/ui/audit/window.py" line="238"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/window.py" line="122"/>
        <source>Save the rows the filters show as .xlsx or .csv</source>
        <translation>Guardar las filas que muestran los filtros como .xlsx o .csv</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/window.py" line="139"/>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/window.py" line="142"/>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/window.py" line="145"/>
        <source>Any table</source>
        <translation>Cualquier tabla</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/window.py" line="191"/>
        <source>Rows {0}–{1} of {2}</source>
        <translation>Filas {0}–{1} de {2}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/window.py" line="199"/>
        <source>Checking the audit trail…</source>
        <translation>Comprobando el registro de auditoría…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/window.py" line="200"/>
        <source>Checking the audit trail</source>
        <translation>Comprobando el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/window.py" line="209"/>
        <source>The audit trail holds: no row was changed outside Salon Desk.</source>
        <translation>El registro de auditoría está íntegro: ninguna fila se cambió fuera de Salon Desk.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/window.py" line="213"/>
        <source>The audit trail was changed outside Salon Desk: row {0} does not match the rows before it.</source>
        <translation>El registro de auditoría se alteró fuera de Salon Desk: la fila {0} no cuadra con las anteriores.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/window.py" line="224"/>
        <source>Export the audit trail to</source>
        <translation>Exportar el registro de auditoría a</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/window.py" line="232"/>
        <source>Exporting the audit trail</source>
        <translation>Exportando el registro de auditoría</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/audit/window.py" line="235"/>
        <source>%n audit row(s) exported to {0}</source>
        <translation>
            <numerusform>%n fila del registro exportada a {0}</numerusform>
            <numerusform>%n filas del registro exportadas a {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../salon_desk/ui/tasks.py" line="222"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/tasks.py" line="263"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/tasks.py" line="269"/>
        <source>Another window or program is saving; waiting for it to finish…</source>
        <translation>Otra ventana u otro programa está guardando; esperando a que termine…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/tasks.py" line="272"/>
        <source>Another desk or program is saving; waiting for it to finish…</source>
        <translation>Otro puesto u otro programa está guardando; esperando a que termine…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/tasks.py" line="276"/>
        <source>Adding their visits, sales and notes…</source>
        <translation>Añadiendo sus visitas, ventas y notas…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/tasks.py" line="276"/>
        <source>Checking rows…</source>
        <translation>Comprobando filas…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/tasks.py" line="276"/>
        <source>Checking the copy…</source>
        <translation>Comprobando la copia…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/tasks.py" line="276"/>
        <source>Copying the documents…</source>
        <translation>Copiando los documentos…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/tasks.py" line="276"/>
        <source>Copying the tables…</source>
        <translation>Copiando las tablas…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/tasks.py" line="276"/>
        <source>Creating demo customers…</source>
        <translation>Creando clientes de demostración…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/tasks.py" line="276"/>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/tasks.py" line="276"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/tasks.py" line="276"/>
        <source>Filling in each message…</source>
        <translation>Completando cada mensaje…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/tasks.py" line="276"/>
        <source>Finding who can receive the message…</source>
        <translation>Buscando quién puede recibir el mensaje…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/tasks.py" line="276"/>
        <source>Looking at every customer&apos;s visits…</source>
        <translation>Revisando las visitas de cada cliente…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/tasks.py" line="276"/>
        <source>Preparing the document…</source>
        <translation>Preparando el documento…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/tasks.py" line="276"/>
        <source>Reading rows…</source>
        <translation>Leyendo filas…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/tasks.py" line="276"/>
        <source>Reading the salon file…</source>
        <translation>Leyendo el archivo del salón…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/tasks.py" line="276"/>
        <source>Saving customers…</source>
        <translation>Guardando clientes…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/tasks.py" line="276"/>
        <source>Updating customers…</source>
        <translation>Actualizando clientes…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/tasks.py" line="276"/>
        <source>Writing customers…</source>
        <translation>Escribiendo clientes…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/tasks.py" line="276"/>
        <source>Writing the messages…</source>
        <translation>Guardando los mensajes…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../salon_desk/ui/backups/feature.py" line="51"/>
        <location filename="../../salon_desk/ui/backups/feature.py" line="115"/>
        <location filename="../../salon_desk/ui/backups/feature.py" line="123"/>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/feature.py" line="54"/>
        <source>Restore a backup…</source>
        <translation>Restaurar una copia…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/feature.py" line="76"/>
        <source>No backup yet: back up now</source>
        <translation>Aún no hay copias: hacer una ahora</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/feature.py" line="77"/>
        <source>Last backup {0}: back up now</source>
        <translation>Última copia {0}: hacer una ahora</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/feature.py" line="80"/>
        <source>The last good backup is older than the backup settings allow. Click to make one now.</source>
        <translation>La última copia buena es más antigua de lo que permiten los ajustes de copias. Pulse para hacer una ahora.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/feature.py" line="97"/>
        <source>Backing up</source>
        <translation>Haciendo la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/feature.py" line="112"/>
        <source>Backup written to {0}</source>
        <translation>Copia de seguridad guardada en {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="33"/>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="33"/>
        <source>Made by hand</source>
        <translation>Hecha a mano</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="34"/>
        <source>Before a merge</source>
        <translation>Antes de una fusión</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="34"/>
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="35"/>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="38"/>
        <source>Before an upgrade</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="43"/>
        <source>encrypted</source>
        <translation>cifrada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="49"/>
        <source>Encrypted backup</source>
        <translation>Copia cifrada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="50"/>
        <source>The backup&apos;s passphrase:</source>
        <translation>Frase de paso de la copia:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="56"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="57"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="58"/>
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n venta</numerusform>
            <numerusform>%n ventas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="59"/>
        <source>%n document file(s)</source>
        <translation>
            <numerusform>%n archivo de documento</numerusform>
            <numerusform>%n archivos de documentos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="67"/>
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="158"/>
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="161"/>
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="194"/>
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="204"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="74"/>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="75"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="76"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="77"/>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="78"/>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="79"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="88"/>
        <source>Another backup…</source>
        <translation>Otra copia…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="93"/>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="107"/>
        <source>Restoring replaces the salon&apos;s database on the server, documents included, for every desk. A backup of the database as it is now is made first, in the backup folder. Close the app on the other desks first: the restore waits a minute for them.</source>
        <translation>Restaurar sustituye la base de datos del salón en el servidor, documentos incluidos, para todos los puestos. Antes se hace una copia de la base de datos tal como está ahora, en la carpeta de copias. Cierre antes la aplicación en los demás puestos: la restauración los espera un minuto.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="111"/>
        <source>Restoring replaces the salon&apos;s database and puts back the documents of the backup. A copy of the database as it is now is kept first, beside it.</source>
        <translation>Restaurar sustituye la base de datos del salón y recupera los documentos de la copia. Antes se guarda, junto a ella, una copia de la base de datos tal como está ahora.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="129"/>
        <source>Backups in {0}</source>
        <translation>Copias en {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="134"/>
        <source>Choose a backup</source>
        <translation>Elegir una copia</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="135"/>
        <source>Salon Desk backups (*.sdbak *.sqlite *.dump)</source>
        <translation>Copias de Salon Desk (*.sdbak *.sqlite *.dump)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="162"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="171"/>
        <source>Restore the backup of {0}?

It holds {1}.

Everything saved since then, at every desk, is replaced (a backup of the database as it is now is made first, in {2}).</source>
        <translation>¿Restaurar la copia del {0}?

Contiene {1}.

Todo lo guardado desde entonces, en todos los puestos, se sustituye (antes se hace una copia de la base de datos tal como está ahora, en {2}).</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="175"/>
        <source>Restore the backup of {0}?

It holds {1}.

Everything saved since then is replaced (a copy of the database as it is now is kept beside it).</source>
        <translation>¿Restaurar la copia del {0}?

Contiene {1}.

Todo lo guardado desde entonces se sustituye (se guarda junto a ella una copia de la base de datos tal como está ahora).</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/restore_dialog.py" line="205"/>
        <source>The backup was restored. The database as it was is kept in {0}.</source>
        <translation>Se ha restaurado la copia. La base de datos tal como estaba se guarda en {0}.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/settings_page.py" line="38"/>
        <location filename="../../salon_desk/ui/backups/settings_page.py" line="88"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/settings_page.py" line="40"/>
        <source>Back up automatically while Salon Desk is open, and before imports, large merges and restores</source>
        <translation>Hacer copias automáticamente mientras Salon Desk está abierto, y antes de importaciones, fusiones grandes y restauraciones</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/settings_page.py" line="45"/>
        <source>Beside the database ({0})</source>
        <translation>Junto a la base de datos ({0})</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/settings_page.py" line="47"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/settings_page.py" line="52"/>
        <source>Folder (a USB disk, a synced folder)</source>
        <translation>Carpeta (un disco USB, una carpeta sincronizada)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/settings_page.py" line="53"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/settings_page.py" line="54"/>
        <source>Back up every</source>
        <translation>Hacer copia cada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/settings_page.py" line="56"/>
        <source>Daily backups kept</source>
        <translation>Copias diarias guardadas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/settings_page.py" line="58"/>
        <source>Weekly backups kept</source>
        <translation>Copias semanales guardadas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/settings_page.py" line="60"/>
        <source>Monthly backups kept</source>
        <translation>Copias mensuales guardadas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/settings_page.py" line="61"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/settings_page.py" line="62"/>
        <source>Warn when the last backup is older than</source>
        <translation>Avisar si la última copia tiene más de</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/settings_page.py" line="65"/>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/settings_page.py" line="67"/>
        <source>Encrypt backups with a passphrase</source>
        <translation>Cifrar las copias con una frase de paso</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/settings_page.py" line="72"/>
        <source>Passphrase</source>
        <translation>Frase de paso</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/settings_page.py" line="73"/>
        <source>Kept in this computer&apos;s password store (keyring), never in the database. Without it an encrypted backup cannot be restored: write it down somewhere safe.</source>
        <translation>Se guarda en el almacén de contraseñas de este ordenador (llavero), nunca en la base de datos. Sin ella una copia cifrada no se puede restaurar: anótela en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/settings_page.py" line="80"/>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/settings_page.py" line="82"/>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/settings_page.py" line="83"/>
        <source>Review customers with no visit for</source>
        <translation>Revisar clientes sin visitas desde hace</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/settings_page.py" line="91"/>
        <source>Backup folder</source>
        <translation>Carpeta de copias</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/settings_page.py" line="105"/>
        <source>saved</source>
        <translation>guardada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/backups/settings_page.py" line="115"/>
        <source>Type the passphrase the backups are encrypted with</source>
        <translation>Escriba la frase de paso con la que se cifran las copias</translation>
    </message>
    <message>
        <source>Salon Desk backups (*.sdbak *.sqlite)</source>
        <translation type="obsolete">Copias de Salon Desk (*.sdbak *.sqlite)</translation>
    </message>
    <message>
        <source>{0} customers, {1} appointments, {2} sales, {3} document files</source>
        <translation type="obsolete">{0} clientes, {1} citas, {2} ventas, {3} archivos de documentos</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="48"/>
        <source>Badges</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="51"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="52"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="53"/>
        <source>Icon</source>
        <translation>Icono</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="54"/>
        <source>an emoji or one or two letters</source>
        <translation>un emoji o una o dos letras</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="71"/>
        <source>New badge</source>
        <translation>Nueva etiqueta</translation>
    </message>
</context>
<context>
    <name>BalanceDialog</name>
    <message>
        <location filename="../../salon_desk/ui/visits/debt_dialogs.py" line="81"/>
        <source>Balance reminder</source>
        <translation>Recordatorio de saldo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/debt_dialogs.py" line="83"/>
        <source>A reminder shown in the record&apos;s header. It moves no money.</source>
        <translation>Un recordatorio que se muestra en la cabecera de la ficha. No mueve dinero.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/debt_dialogs.py" line="88"/>
        <source>The salon owes the customer</source>
        <translation>El salón debe al cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/debt_dialogs.py" line="89"/>
        <source>The customer owes the salon</source>
        <translation>El cliente debe al salón</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/debt_dialogs.py" line="96"/>
        <source>Amount (0 clears it)</source>
        <translation>Importe (0 lo borra)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/debt_dialogs.py" line="107"/>
        <source>The balance was not saved</source>
        <translation>No se ha guardado el saldo</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="76"/>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="296"/>
        <source>Book an appointment</source>
        <translation>Dar una cita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="82"/>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="92"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="85"/>
        <source>Name, phone, email or ID</source>
        <translation>Nombre, teléfono, email o ID</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="105"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="112"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="113"/>
        <source>Staff member</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="114"/>
        <source>Room or station</source>
        <translation>Cabina o puesto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="115"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="116"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="117"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="118"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="119"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="120"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="123"/>
        <source>Book</source>
        <translation>Dar cita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="169"/>
        <source>— no room —</source>
        <translation>— sin cabina —</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="245"/>
        <source>No warnings for this booking.</source>
        <translation>Ningún aviso para esta cita.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="247"/>
        <source>Choose the customer to see their warnings.</source>
        <translation>Elija el cliente para ver sus avisos.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="263"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="264"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="285"/>
        <source>The appointment was not changed</source>
        <translation>No se ha cambiado la cita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="297"/>
        <source>Choose the customer first.</source>
        <translation>Elija primero el cliente.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="300"/>
        <source>The appointment was not booked</source>
        <translation>No se ha dado la cita</translation>
    </message>
</context>
<context>
    <name>BookingScheduleDialog</name>
    <message>
        <location filename="../../salon_desk/ui/schedule/day_view.py" line="305"/>
        <source>Book an appointment</source>
        <translation>Dar una cita</translation>
    </message>
</context>
<context>
    <name>BudgetAppointmentsDialog</name>
    <message>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="207"/>
        <source>Book the budget&apos;s appointments</source>
        <translation>Dar las citas del presupuesto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="209"/>
        <source>%n appointment(s) will be booked.</source>
        <translation>
            <numerusform>Se dará %n cita.</numerusform>
            <numerusform>Se darán %n citas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="221"/>
        <source>— no room —</source>
        <translation>— sin cabina —</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="227"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="228"/>
        <source>First appointment</source>
        <translation>Primera cita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="229"/>
        <source>At</source>
        <translation>A las</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="230"/>
        <source>Staff member</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="231"/>
        <source>Room or station</source>
        <translation>Cabina o puesto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="232"/>
        <source>One every</source>
        <translation>Una cada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="234"/>
        <source>Book</source>
        <translation>Dar cita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="244"/>
        <source>The appointments were not booked</source>
        <translation>No se han dado las citas</translation>
    </message>
    <message>
        <source>{0} appointment(s) will be booked.</source>
        <translation type="obsolete">Se darán {0} cita(s).</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="42"/>
        <source>Budget {0}</source>
        <translation>Presupuesto {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="42"/>
        <source>New budget</source>
        <translation>Nuevo presupuesto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="48"/>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="66"/>
        <source>e.g. Bridal package with trial</source>
        <translation>p. ej. Pack de novia con prueba</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="67"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="68"/>
        <source>Staff member</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="69"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="73"/>
        <source>Conditions printed on the budget</source>
        <translation>Condiciones impresas en el presupuesto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="76"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="82"/>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="96"/>
        <source>Add line</source>
        <translation>Añadir línea</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="97"/>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="116"/>
        <source>Remove line</source>
        <translation>Quitar línea</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="145"/>
        <source>Total {0}</source>
        <translation>Total {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="181"/>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="184"/>
        <source>The budget was not saved</source>
        <translation>No se ha guardado el presupuesto</translation>
    </message>
</context>
<context>
    <name>BudgetsTab</name>
    <message>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="65"/>
        <source>All budgets</source>
        <translation>Todos los presupuestos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="74"/>
        <source>New budget…</source>
        <translation>Nuevo presupuesto…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="75"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="76"/>
        <source>Charge…</source>
        <translation>Cobrar…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="77"/>
        <source>Book appointments…</source>
        <translation>Dar citas…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="78"/>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="79"/>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="198"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="80"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="91"/>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="122"/>
        <source>No budgets yet</source>
        <translation>Todavía no hay presupuestos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="99"/>
        <source>Budgets</source>
        <translation>Presupuestos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="116"/>
        <source>%n open, worth {0}</source>
        <translation>
            <numerusform>%n abierto, por {0}</numerusform>
            <numerusform>%n abiertos, por {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="119"/>
        <source>%n expired</source>
        <translation>
            <numerusform>%n caducado</numerusform>
            <numerusform>%n caducados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="123"/>
        <source>No budgets with this status</source>
        <translation>Ningún presupuesto en este estado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="173"/>
        <source>The budget cannot be charged</source>
        <translation>No se puede cobrar el presupuesto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="189"/>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="196"/>
        <source>Delete budget</source>
        <translation>Eliminar presupuesto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="197"/>
        <source>Delete budget {0}? This cannot be undone.</source>
        <translation>¿Eliminar el presupuesto {0}? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="200"/>
        <source>Not deleted</source>
        <translation>No eliminado</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="obsolete">Impresión</translation>
    </message>
    <message>
        <source>Printing is not available in this installation.</source>
        <translation type="obsolete">La impresión no está disponible en esta instalación.</translation>
    </message>
    <message>
        <source>{0} open, worth {1}</source>
        <translation type="obsolete">{0} abiertos, por {1}</translation>
    </message>
</context>
<context>
    <name>CardsPointsPage</name>
    <message>
        <location filename="../../salon_desk/ui/visits/settings_page.py" line="60"/>
        <source>Prepaid card types</source>
        <translation>Tipos de tarjeta prepago</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/settings_page.py" line="67"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/settings_page.py" line="68"/>
        <location filename="../../salon_desk/ui/visits/settings_page.py" line="241"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/settings_page.py" line="80"/>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/settings_page.py" line="82"/>
        <source>Valid for any service</source>
        <translation>Válida para cualquier servicio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/settings_page.py" line="85"/>
        <source>On sale</source>
        <translation>A la venta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/settings_page.py" line="86"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/settings_page.py" line="87"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/settings_page.py" line="88"/>
        <source>Sold for</source>
        <translation>Precio de venta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/settings_page.py" line="89"/>
        <source>Valid for</source>
        <translation>Válido para</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/settings_page.py" line="91"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/settings_page.py" line="96"/>
        <source>Rewards (points)</source>
        <translation>Recompensas (puntos)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/settings_page.py" line="101"/>
        <source> cents</source>
        <translation> céntimos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/settings_page.py" line="103"/>
        <source>Points earned per currency unit spent</source>
        <translation>Puntos por unidad de moneda gastada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/settings_page.py" line="104"/>
        <source>Value of one point when paying</source>
        <translation>Valor de un punto al pagar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/settings_page.py" line="105"/>
        <source>Points are earned on what is paid or owed in money; vouchers, cards and points used do not earn points.</source>
        <translation>Se ganan puntos por lo que se paga o se debe en dinero; lo pagado con bonos, tarjetas o puntos no suma puntos.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/settings_page.py" line="124"/>
        <source>Cards and points</source>
        <translation>Tarjetas y puntos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/settings_page.py" line="156"/>
        <source>Prepaid card “{0}”: {1}</source>
        <translation>Tarjeta prepago «{0}»: {1}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/settings_page.py" line="161"/>
        <source>The points rule must be a number</source>
        <translation>La regla de puntos debe ser un número</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/settings_page.py" line="177"/>
        <location filename="../../salon_desk/ui/visits/settings_page.py" line="226"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/settings_page.py" line="230"/>
        <source>New card</source>
        <translation>Nueva tarjeta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/settings_page.py" line="239"/>
        <source>Delete card type</source>
        <translation>Eliminar tipo de tarjeta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/settings_page.py" line="240"/>
        <source>Delete “{0}”? A type already sold is only taken off sale.</source>
        <translation>¿Eliminar «{0}»? Un tipo ya vendido solo se retira de la venta.</translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <location filename="../../salon_desk/ui/care/at_risk.py" line="48"/>
        <source>All visit statuses</source>
        <translation>Todos los estados de visita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/at_risk.py" line="48"/>
        <location filename="../../salon_desk/ui/care/risk_mark.py" line="18"/>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/at_risk.py" line="49"/>
        <source>At risk or lapsed</source>
        <translation>En riesgo o perdidos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/at_risk.py" line="49"/>
        <location filename="../../salon_desk/ui/care/risk_mark.py" line="18"/>
        <source>Lapsed</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/at_risk.py" line="61"/>
        <source>Customers who have not come back for longer than usual (thresholds in Settings)</source>
        <translation>Clientes que llevan más tiempo del habitual sin volver (umbrales en Configuración)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/at_risk.py" line="107"/>
        <source>Finding customers at risk</source>
        <translation>Buscando clientes en riesgo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/at_risk.py" line="212"/>
        <source>No customers match these filters.</source>
        <translation>Ningún cliente cumple estos filtros.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/at_risk.py" line="267"/>
        <source> (+{n} more)</source>
        <translation> (+{n} más)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/at_risk.py" line="268"/>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="238"/>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="72"/>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="139"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/charts.py" line="141"/>
        <source>Visits per month</source>
        <translation>Visitas por mes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/charts.py" line="147"/>
        <source>Spend per month</source>
        <translation>Gasto por mes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/charts.py" line="151"/>
        <source>No visits in the last two years</source>
        <translation>Sin visitas en los dos últimos años</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/charts.py" line="165"/>
        <source>{month} {year}: {visits}, {spend}</source>
        <translation>{month} {year}: {visits}, {spend}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/care/charts.py" line="167"/>
        <location filename="../../salon_desk/ui/care/insights_tab.py" line="114"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visita</numerusform>
            <numerusform>%n visitas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/charts.py" line="205"/>
        <source>Nothing yet</source>
        <translation>Nada todavía</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/charts.py" line="230"/>
        <source>and {n} more</source>
        <translation>y {n} más</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/common.py" line="34"/>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="176"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="72"/>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="115"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="73"/>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="116"/>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="67"/>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="51"/>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="65"/>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="90"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="74"/>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="52"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="75"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="76"/>
        <source>Original file</source>
        <translation>Archivo original</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="113"/>
        <source>Optional description</source>
        <translation>Descripción (opcional)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="117"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="120"/>
        <source>Save details</source>
        <translation>Guardar datos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="122"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="123"/>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="165"/>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="115"/>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="207"/>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="63"/>
        <location filename="../../salon_desk/ui/care/surveys_tab.py" line="206"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="140"/>
        <source>Select a document to see its details.</source>
        <translation>Seleccione un documento para ver sus datos.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="150"/>
        <source>{name} · {size} · added {date}</source>
        <translation>{name} · {size} · añadido el {date}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="171"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="177"/>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="182"/>
        <source>Thumbnails</source>
        <translation>Miniaturas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="184"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="193"/>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="364"/>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="367"/>
        <source>Drop files here to attach them</source>
        <translation>Suelte aquí los archivos para adjuntarlos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="235"/>
        <source>No documents yet.
Click “Add files…” or drop photos and files here: before/after photos, medical cards, signed forms…</source>
        <translation>Todavía no hay documentos.
Pulse «Añadir archivos…» o suelte aquí fotos y archivos: fotos de antes y después, informes médicos, formularios firmados…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="283"/>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="296"/>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="291"/>
        <source>Attaching files…</source>
        <translation>Adjuntando archivos…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="309"/>
        <source>Some files were not attached</source>
        <translation>Algunos archivos no se han adjuntado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="317"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="328"/>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="331"/>
        <source>Open document</source>
        <translation>Abrir documento</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="332"/>
        <source>No program on this computer opens this kind of file.</source>
        <translation>Ningún programa de este ordenador abre este tipo de archivo.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="337"/>
        <source>Delete document</source>
        <translation>Eliminar documento</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="338"/>
        <source>Delete “{title}” from this customer&apos;s record?</source>
        <translation>¿Eliminar «{title}» de la ficha de este cliente?</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/documents_tab.py" line="355"/>
        <source>Release to attach</source>
        <translation>Suelte para adjuntar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/insights_tab.py" line="60"/>
        <source>visits in the last 2 years</source>
        <translation>visitas en los 2 últimos años</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/insights_tab.py" line="61"/>
        <source>days since the last visit</source>
        <translation>días desde la última visita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/insights_tab.py" line="62"/>
        <source>days between visits, on average</source>
        <translation>días entre visitas, de media</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/insights_tab.py" line="63"/>
        <source>spent in the last 2 years</source>
        <translation>gastado en los 2 últimos años</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/insights_tab.py" line="64"/>
        <source>average ticket</source>
        <translation>ticket medio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/insights_tab.py" line="65"/>
        <source>staff member seen most</source>
        <translation>profesional más frecuente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/insights_tab.py" line="66"/>
        <source>average satisfaction</source>
        <translation>satisfacción media</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/insights_tab.py" line="67"/>
        <source>next appointment</source>
        <translation>próxima cita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/insights_tab.py" line="76"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/insights_tab.py" line="77"/>
        <source>Staff seen</source>
        <translation>Profesionales</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/insights_tab.py" line="84"/>
        <source>Insights</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/insights_tab.py" line="100"/>
        <source>{n} in all since {date}</source>
        <translation>{n} en total desde el {date}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/insights_tab.py" line="104"/>
        <source>last on {date}</source>
        <translation>la última el {date}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/insights_tab.py" line="109"/>
        <source>none booked</source>
        <translation>ninguna reservada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/insights_tab.py" line="110"/>
        <source>{total} in all</source>
        <translation>{total} en total</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="47"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="47"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="47"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="48"/>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="48"/>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="53"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="48"/>
        <source>Phone call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="53"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="68"/>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="104"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="69"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="70"/>
        <source>Subject / text</source>
        <translation>Asunto / texto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="71"/>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="70"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="73"/>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="71"/>
        <source>Staff</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="84"/>
        <source>Log a message</source>
        <translation>Anotar un mensaje</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="99"/>
        <source>e.g. Moved Friday&apos;s appointment</source>
        <translation>p. ej. Cita del viernes cambiada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="101"/>
        <source>What was said or sent</source>
        <translation>Qué se dijo o envió</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="103"/>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="249"/>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="115"/>
        <source>(not said)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="105"/>
        <source>About</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="106"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="107"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="108"/>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="316"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="109"/>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="58"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="143"/>
        <source>New message…</source>
        <translation>Nuevo mensaje…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="145"/>
        <source>Send or schedule an email, SMS or WhatsApp</source>
        <translation>Enviar o programar un correo, SMS o WhatsApp</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="147"/>
        <source>Log a message…</source>
        <translation>Anotar un mensaje…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="148"/>
        <source>Write down a call or a message sent from a phone</source>
        <translation>Anotar una llamada o un mensaje enviado desde un teléfono</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="151"/>
        <source>All messages</source>
        <translation>Todos los mensajes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="153"/>
        <source>Cancel message</source>
        <translation>Cancelar mensaje</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="154"/>
        <source>Do not send this scheduled message</source>
        <translation>No enviar este mensaje programado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="156"/>
        <source>Send again</source>
        <translation>Volver a enviar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="158"/>
        <source>Mark as sent</source>
        <translation>Marcar como enviado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="159"/>
        <source>It did reach the customer</source>
        <translation>Sí llegó al cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="161"/>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="233"/>
        <source>Opt out</source>
        <translation>Darse de baja</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="162"/>
        <source>The customer asked to receive no more messages of this kind by this channel</source>
        <translation>El cliente pidió no recibir más mensajes de este tipo por este canal</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="167"/>
        <source>Only messages logged by hand can be deleted</source>
        <translation>Solo se pueden eliminar los mensajes anotados a mano</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="187"/>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="221"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="214"/>
        <source>No messages yet.</source>
        <translation>Todavía no hay mensajes.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="236"/>
        <source>Opt-out recorded: no more “{0}” by {1}.</source>
        <translation>Baja anotada: no más «{0}» por {1}.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="259"/>
        <source>Delete message</source>
        <translation>Eliminar mensaje</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/messages_tab.py" line="259"/>
        <source>Delete this logged message?</source>
        <translation>¿Eliminar este mensaje anotado?</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="40"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="46"/>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="78"/>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="317"/>
        <source>Brand / line</source>
        <translation>Marca / línea</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="47"/>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="112"/>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="317"/>
        <source>Shades</source>
        <translation>Tonos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="48"/>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="96"/>
        <source>Developer</source>
        <translation>Oxidante</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="50"/>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="98"/>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="317"/>
        <source>Mixing ratio</source>
        <translation>Proporción de mezcla</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="51"/>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="100"/>
        <source>Processing time</source>
        <translation>Tiempo de exposición</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="53"/>
        <source>Level</source>
        <translation>Altura de tono</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="54"/>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="136"/>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="317"/>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="67"/>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="120"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="77"/>
        <source>e.g. Lumina Color Pro</source>
        <translation>p. ej. Lumina Color Pro</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="83"/>
        <source>{n} vol ({pct} %)</source>
        <translation>{n} vol ({pct} %)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="92"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="106"/>
        <source>Level: start → target</source>
        <translation>Altura: inicial → deseada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="115"/>
        <source>Grams</source>
        <translation>Gramos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="115"/>
        <source>Shade</source>
        <translation>Tono</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="123"/>
        <source>Add shade</source>
        <translation>Añadir tono</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="125"/>
        <source>Remove shade</source>
        <translation>Quitar tono</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="138"/>
        <source>How it came out, e.g. even warm blonde</source>
        <translation>Cómo quedó, p. ej. rubio cálido uniforme</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="148"/>
        <source>e.g. 6.3</source>
        <translation>p. ej. 6.3</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="179"/>
        <source>Total: {grams} g</source>
        <translation>Total: {grams} g</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="221"/>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="81"/>
        <source>New colour formula</source>
        <translation>Nueva fórmula de color</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="221"/>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="79"/>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="223"/>
        <source>Edit colour formula</source>
        <translation>Editar fórmula de color</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="223"/>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="236"/>
        <source>Notes: condition of the hair, what to do next time…</source>
        <translation>Notas: estado del cabello, qué hacer la próxima vez…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="237"/>
        <source>What to remember about this customer&apos;s care</source>
        <translation>Qué recordar sobre los cuidados de este cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="238"/>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="54"/>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="161"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="246"/>
        <location filename="../../salon_desk/ui/care/surveys_tab.py" line="125"/>
        <source>(no appointment)</source>
        <translation>(sin cita)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="247"/>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="55"/>
        <location filename="../../salon_desk/ui/care/surveys_tab.py" line="187"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="251"/>
        <source>Changed by</source>
        <translation>Modificada por</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="251"/>
        <source>Written by</source>
        <translation>Escrita por</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="252"/>
        <source>Pin: show first and in the record header</source>
        <translation>Fijar: mostrar primero y en la cabecera de la ficha</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="267"/>
        <source>Start from</source>
        <translation>Partir de</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="271"/>
        <source>(a blank formula)</source>
        <translation>(una fórmula en blanco)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="314"/>
        <source>Written</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="317"/>
        <source>Developer (vol.)</source>
        <translation>Oxidante (vol.)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="317"/>
        <source>Processing time (min)</source>
        <translation>Tiempo de exposición (min)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="317"/>
        <source>Starting level</source>
        <translation>Altura de partida</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="317"/>
        <source>Target level</source>
        <translation>Altura deseada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="325"/>
        <source>Note history</source>
        <translation>Historial de la nota</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="333"/>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="334"/>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="335"/>
        <source>Version {n} · {when} · {who}
{what}</source>
        <translation>Versión {n} · {when} · {who}
{what}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/note_dialogs.py" line="354"/>
        <source>Version {n}</source>
        <translation>Versión {n}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="50"/>
        <source>Pinned</source>
        <translation>Fijada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="52"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="52"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="59"/>
        <source>Edits</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="73"/>
        <source>Notes &amp;&amp; formulas</source>
        <translation>Notas &amp;&amp; fórmulas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="84"/>
        <source>Reuse this formula</source>
        <translation>Reutilizar esta fórmula</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="85"/>
        <source>Start a new colour formula from the selected one</source>
        <translation>Crear una nueva fórmula de color a partir de la seleccionada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="88"/>
        <source>All notes</source>
        <translation>Todas las notas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="89"/>
        <source>General notes</source>
        <translation>Notas generales</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="90"/>
        <source>Colour formulas</source>
        <translation>Fórmulas de color</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="109"/>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="205"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="111"/>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="159"/>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="113"/>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="156"/>
        <source>No notes yet.</source>
        <translation>Todavía no hay notas.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="156"/>
        <source>Select a note to read it.</source>
        <translation>Seleccione una nota para leerla.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="159"/>
        <source>Unpin</source>
        <translation>Soltar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="160"/>
        <source>History ({n})…</source>
        <translation>Historial ({n})…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="161"/>
        <source>Colour formula</source>
        <translation>Fórmula de color</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="164"/>
        <source>by {name}</source>
        <translation>por {name}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="166"/>
        <source>edited {when}</source>
        <translation>editada {when}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="168"/>
        <source>appointment {label}</source>
        <translation>cita {label}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="209"/>
        <source>Pin note</source>
        <translation>Fijar nota</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="225"/>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/notes_tab.py" line="225"/>
        <source>Delete this note and its history?</source>
        <translation>¿Eliminar esta nota y su historial?</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="51"/>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="56"/>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="51"/>
        <source>Passed</source>
        <translation>Superada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="52"/>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="57"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="56"/>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="56"/>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="66"/>
        <source>Tested</source>
        <translation>Probado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="69"/>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="122"/>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="81"/>
        <source>Record a patch test</source>
        <translation>Registrar una prueba de alergia</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="82"/>
        <source>Edit patch test</source>
        <translation>Editar prueba de alergia</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="104"/>
        <source>(no service)</source>
        <translation>(sin servicio)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="106"/>
        <source>For service</source>
        <translation>Para el servicio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="108"/>
        <source>(no product)</source>
        <translation>(sin producto)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="110"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="112"/>
        <source>e.g. dye 6.3 behind the ear</source>
        <translation>p. ej. tinte 6.3 detrás de la oreja</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="113"/>
        <source>What was tested</source>
        <translation>Qué se probó</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="117"/>
        <source>Done by</source>
        <translation>Realizada por</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="156"/>
        <source>Left unticked: valid for %n day(s) after the test (Settings).</source>
        <translation>
            <numerusform>Sin marcar: válida %n día después de la prueba (Configuración).</numerusform>
            <numerusform>Sin marcar: válida %n días después de la prueba (Configuración).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="159"/>
        <source>Only a passed test is valid.</source>
        <translation>Solo es válida una prueba superada.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="202"/>
        <source>Record a test…</source>
        <translation>Registrar una prueba…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="228"/>
        <source>Patch tests</source>
        <translation>Test de alergia</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="249"/>
        <source>Valid: {items}</source>
        <translation>Válida: {items}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="250"/>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="253"/>
        <source>No valid patch test: booking a service that needs one shows a warning.</source>
        <translation>Sin prueba de alergia válida: al reservar un servicio que la necesite se mostrará un aviso.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="257"/>
        <source>Failed: {items}</source>
        <translation>No superada: {items}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="261"/>
        <source>Waiting for the result: {items}</source>
        <translation>Pendiente del resultado: {items}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="265"/>
        <source>Last passed test: {item}, expired on {date}</source>
        <translation>Última prueba superada: {item}, caducó el {date}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="295"/>
        <source>Delete patch test</source>
        <translation>Eliminar prueba de alergia</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/patch_tests_tab.py" line="296"/>
        <source>Delete the patch test of {date}?</source>
        <translation>¿Eliminar la prueba de alergia del {date}?</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/risk_mark.py" line="19"/>
        <location filename="../../salon_desk/ui/care/risk_mark.py" line="25"/>
        <source>No visits yet</source>
        <translation>Sin visitas todavía</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/risk_mark.py" line="19"/>
        <source>Regular</source>
        <translation>Habitual</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/care/risk_mark.py" line="26"/>
        <source>%n day(s) since the last visit</source>
        <translation>
            <numerusform>%n día desde la última visita</numerusform>
            <numerusform>%n días desde la última visita</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/risk_mark.py" line="28"/>
        <source>{since} (lapsed)</source>
        <translation>{since} (perdido)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/care/risk_mark.py" line="29"/>
        <source>at risk after %n day(s)</source>
        <translation>
            <numerusform>en riesgo a partir de %n día</numerusform>
            <numerusform>en riesgo a partir de %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/risk_mark.py" line="33"/>
        <source>{usually}; {at_risk_after}</source>
        <translation>{usually}; {at_risk_after}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/care/risk_mark.py" line="34"/>
        <source>usually every %n day(s)</source>
        <translation>
            <numerusform>suele venir cada %n día</numerusform>
            <numerusform>suele venir cada %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/risk_mark.py" line="37"/>
        <source>few visits; {at_risk_after}</source>
        <translation>pocas visitas; {at_risk_after}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/risk_mark.py" line="39"/>
        <source>{basis}; has an appointment booked</source>
        <translation>{basis}; tiene una cita reservada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/risk_mark.py" line="40"/>
        <source>{since} ({basis})</source>
        <translation>{since} ({basis})</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="43"/>
        <source>Rating 1-5</source>
        <translation>Puntuación 1-5</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="43"/>
        <source>Yes / no</source>
        <translation>Sí / no</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="44"/>
        <source>Choice</source>
        <translation>Opción múltiple</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="44"/>
        <source>Free text</source>
        <translation>Texto libre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="63"/>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="167"/>
        <source>New survey</source>
        <translation>Nueva encuesta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="64"/>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="134"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="78"/>
        <source>Offered when filling in a survey</source>
        <translation>Se ofrece al rellenar una encuesta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="79"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="83"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="83"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="84"/>
        <source>Choices (separated by ;)</source>
        <translation>Opciones (separadas por ;)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="94"/>
        <source>Add question</source>
        <translation>Añadir pregunta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="96"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="98"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="100"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="109"/>
        <source>Answers keep the question as it was asked, so editing a survey never changes completed ones.</source>
        <translation>Las respuestas guardan la pregunta tal como se hizo, así que editar una encuesta nunca cambia las ya completadas.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="114"/>
        <location filename="../../salon_desk/ui/care/surveys_tab.py" line="233"/>
        <source>Surveys</source>
        <translation>Encuestas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="168"/>
        <source>How happy are you with the result?</source>
        <translation>¿Cómo de satisfecho/a está con el resultado?</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="174"/>
        <location filename="../../salon_desk/ui/care/surveys_tab.py" line="290"/>
        <source>Delete survey</source>
        <translation>Eliminar encuesta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="175"/>
        <source>Delete the survey “{name}”? Surveys already completed keep their answers.</source>
        <translation>¿Eliminar la encuesta «{name}»? Las encuestas ya completadas conservan sus respuestas.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="220"/>
        <source>At-risk and lapsed customers</source>
        <translation>Clientes en riesgo y perdidos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="233"/>
        <source>At risk after (times their usual interval)</source>
        <translation>En riesgo a partir de (veces su intervalo habitual)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="234"/>
        <source>Visits needed to know the usual interval</source>
        <translation>Visitas necesarias para conocer el intervalo habitual</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="235"/>
        <source>With fewer visits, at risk after</source>
        <translation>Con menos visitas, en riesgo a partir de</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="236"/>
        <source>Never at risk before</source>
        <translation>Nunca en riesgo antes de</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="237"/>
        <source>Lapsed after</source>
        <translation>Perdido a partir de</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="238"/>
        <source>The usual interval is the average time between a customer&apos;s visits. Customers with an appointment booked are never at risk.</source>
        <translation>El intervalo habitual es el tiempo medio entre las visitas de un cliente. Los clientes con una cita reservada nunca están en riesgo.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="242"/>
        <source>Documents and patch tests</source>
        <translation>Documentos y pruebas de alergia</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="247"/>
        <source>Largest file that can be attached</source>
        <translation>Tamaño máximo de un archivo adjunto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="248"/>
        <source>A passed patch test is valid for</source>
        <translation>Una prueba de alergia superada es válida durante</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="256"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="259"/>
        <source>Care and at-risk</source>
        <translation>Cuidados y clientes en riesgo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/settings_pages.py" line="272"/>
        <source>“Lapsed after” must be longer than “Never at risk before”</source>
        <translation>«Perdido a partir de» debe ser mayor que «Nunca en riesgo antes de»</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/surveys_tab.py" line="83"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/surveys_tab.py" line="84"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/surveys_tab.py" line="117"/>
        <source>Survey: {name}</source>
        <translation>Encuesta: {name}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/surveys_tab.py" line="126"/>
        <source>After the appointment</source>
        <translation>Después de la cita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/surveys_tab.py" line="143"/>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/surveys_tab.py" line="185"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/surveys_tab.py" line="186"/>
        <location filename="../../salon_desk/ui/care/surveys_tab.py" line="209"/>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/surveys_tab.py" line="189"/>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/surveys_tab.py" line="202"/>
        <source>Fill in…</source>
        <translation>Rellenar…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/surveys_tab.py" line="241"/>
        <source>Create a survey template in Settings first</source>
        <translation>Cree primero una plantilla de encuesta en Configuración</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/surveys_tab.py" line="251"/>
        <source>Average satisfaction: &lt;b&gt;★ {avg} / 5&lt;/b&gt;</source>
        <translation>Satisfacción media: &lt;b&gt;★ {avg} / 5&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/surveys_tab.py" line="252"/>
        <source>No ratings yet</source>
        <translation>Todavía no hay puntuaciones</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/surveys_tab.py" line="262"/>
        <source>No surveys completed yet.</source>
        <translation>Todavía no hay encuestas completadas.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/care/surveys_tab.py" line="290"/>
        <source>Delete this completed survey?</source>
        <translation>¿Eliminar esta encuesta completada?</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="obsolete">Citas</translation>
    </message>
    <message>
        <source>Left unticked: valid for {n} days after the test (Settings).</source>
        <translation type="obsolete">Sin marcar: válida {n} días después de la prueba (Configuración).</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation type="obsolete">Anotado</translation>
    </message>
    <message>
        <source>Looking at every customer&apos;s visits…</source>
        <translation type="obsolete">Revisando las visitas de cada cliente…</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="obsolete">Publicidad</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="obsolete">Programado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="obsolete">Enviado</translation>
    </message>
    <message>
        <source>few visits; at risk after {threshold} days</source>
        <translation type="obsolete">pocas visitas; en riesgo a partir de {threshold} días</translation>
    </message>
    <message>
        <source>usually every {interval} days; at risk after {threshold}</source>
        <translation type="obsolete">suele venir cada {interval} días; en riesgo a partir de {threshold}</translation>
    </message>
    <message>
        <source>{days} days since the last visit</source>
        <translation type="obsolete">{days} días desde la última visita</translation>
    </message>
    <message>
        <source>{month} {year}: {visits} visits, {spend}</source>
        <translation type="obsolete">{month} {year}: {visits} visitas, {spend}</translation>
    </message>
    <message>
        <source>{n} visits</source>
        <translation type="obsolete">{n} visitas</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_page.py" line="116"/>
        <source>Choose a colour</source>
        <translation>Elegir un color</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_page.py" line="150"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_page.py" line="152"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_page.py" line="169"/>
        <source>Nothing here yet: click Add.</source>
        <translation>Aquí no hay nada todavía: pulse Añadir.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_page.py" line="185"/>
        <source>New item</source>
        <translation>Nuevo elemento</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_page.py" line="232"/>
        <source>{0}, “{1}”: {2}</source>
        <translation>{0}, «{1}»: {2}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_page.py" line="267"/>
        <source>“{0}” is built in and cannot be deleted.</source>
        <translation>«{0}» viene incluido y no se puede eliminar.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_page.py" line="270"/>
        <source>Delete “{0}”?</source>
        <translation>¿Eliminar «{0}»?</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_page.py" line="276"/>
        <source>It is used by: {0}. Those records lose this link (consider making it inactive instead).</source>
        <translation>Lo usan: {0}. Esos registros pierden este vínculo (quizá sea mejor desactivarlo).</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_page.py" line="279"/>
        <source>Nothing uses it yet.</source>
        <translation>Todavía no lo usa nada.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_page.py" line="280"/>
        <source>It is deleted when you save the settings.</source>
        <translation>Se elimina al guardar la configuración.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_page.py" line="281"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_page.py" line="313"/>
        <source>(inactive)</source>
        <translation>(inactivo)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_page.py" line="315"/>
        <source>(built in)</source>
        <translation>(incluido)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="140"/>
        <source>Price ({0}, tax included)</source>
        <translation>Precio ({0}, impuestos incluidos)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="141"/>
        <source>Tax rate (%)</source>
        <translation>Tipo impositivo (%)</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="33"/>
        <source>Customer categories</source>
        <translation>Categorías de clientes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="36"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="37"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="40"/>
        <source>New category</source>
        <translation>Nueva categoría</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../salon_desk/ui/server/connect.py" line="45"/>
        <source>Connect to a salon server</source>
        <translation>Conectar a un servidor del salón</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/server/connect.py" line="56"/>
        <source>Server (name or address):</source>
        <translation>Servidor (nombre o dirección):</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/server/connect.py" line="57"/>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/server/connect.py" line="58"/>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/server/connect.py" line="59"/>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/server/connect.py" line="60"/>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/server/connect.py" line="63"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/server/connect.py" line="65"/>
        <source>Test the connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/server/connect.py" line="69"/>
        <source>Use this computer&apos;s salon file</source>
        <translation>Usar el archivo del salón de este ordenador</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/server/connect.py" line="87"/>
        <source>Please give the salon&apos;s database name.</source>
        <translation>Indique el nombre de la base de datos del salón.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/server/connect.py" line="102"/>
        <source>The salon server answers: you can connect.</source>
        <translation>El servidor del salón responde: puede conectarse.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/server/connect.py" line="110"/>
        <source>This computer has no password store, so the password is not kept: it will be asked for at the next start.</source>
        <translation>Este ordenador no tiene almacén de contraseñas, así que la contraseña no se guarda: se pedirá en el próximo inicio.</translation>
    </message>
</context>
<context>
    <name>ConsentMatrix</name>
    <message>
        <location filename="../../salon_desk/ui/widgets/consent_matrix.py" line="32"/>
        <source>transactional</source>
        <translation>de servicio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/widgets/consent_matrix.py" line="33"/>
        <source>marketing</source>
        <translation>comercial</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/widgets/consent_matrix.py" line="46"/>
        <source>Allowed</source>
        <translation>Permitido</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/widgets/consent_matrix.py" line="66"/>
        <location filename="../../salon_desk/ui/widgets/consent_matrix.py" line="118"/>
        <source>Given on saving</source>
        <translation>Se dará al guardar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/widgets/consent_matrix.py" line="66"/>
        <location filename="../../salon_desk/ui/widgets/consent_matrix.py" line="116"/>
        <source>Not given</source>
        <translation>No dado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/widgets/consent_matrix.py" line="66"/>
        <location filename="../../salon_desk/ui/widgets/consent_matrix.py" line="118"/>
        <source>Withdrawn on saving</source>
        <translation>Se retirará al guardar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/widgets/consent_matrix.py" line="67"/>
        <location filename="../../salon_desk/ui/widgets/consent_matrix.py" line="114"/>
        <source>Given {0}</source>
        <translation>Dado el {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/widgets/consent_matrix.py" line="67"/>
        <location filename="../../salon_desk/ui/widgets/consent_matrix.py" line="114"/>
        <source>Withdrawn {0}</source>
        <translation>Retirado el {0}</translation>
    </message>
</context>
<context>
    <name>CreditsTab</name>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="96"/>
        <source>New voucher…</source>
        <translation>Nuevo bono…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="97"/>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="107"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="98"/>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="194"/>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="197"/>
        <source>Use a session</source>
        <translation>Usar una sesión</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="99"/>
        <source>View sessions…</source>
        <translation>Ver sesiones…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="100"/>
        <source>Cancel voucher…</source>
        <translation>Anular bono…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="101"/>
        <source>Delete voucher…</source>
        <translation>Eliminar bono…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="103"/>
        <source>Sell a prepaid card…</source>
        <translation>Vender una tarjeta prepago…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="104"/>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="108"/>
        <source>Cancel card</source>
        <translation>Anular tarjeta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="106"/>
        <source>New loyalty card…</source>
        <translation>Nueva tarjeta de fidelidad…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="140"/>
        <source>Credits &amp;&amp; cards</source>
        <translation>Bonos &amp;&amp; tarjetas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="157"/>
        <source>Vouchers (%n active)</source>
        <translation>
            <numerusform>Bonos (%n activo)</numerusform>
            <numerusform>Bonos (%n activos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="158"/>
        <source>Prepaid cards (%n active)</source>
        <translation>
            <numerusform>Tarjetas prepago (%n activa)</numerusform>
            <numerusform>Tarjetas prepago (%n activas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="159"/>
        <source>Loyalty cards (%n active)</source>
        <translation>
            <numerusform>Tarjetas de fidelidad (%n activa)</numerusform>
            <numerusform>Tarjetas de fidelidad (%n activas)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="174"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="174"/>
        <source>Cancel this {0}? It can no longer be used.</source>
        <translation>¿Anular este/a {0}? Ya no se podrá usar.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="176"/>
        <source>Cancel it</source>
        <translation>Anular</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="178"/>
        <source>Not cancelled</source>
        <translation>No anulado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="195"/>
        <source>Use one session of &quot;{0}&quot; without charging a sale? To charge it, use the voucher as a payment in the sale instead.</source>
        <translation>¿Usar una sesión de «{0}» sin cobrar una venta? Para cobrarla, use el bono como forma de pago en la venta.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="199"/>
        <source>The session was not used</source>
        <translation>No se ha usado la sesión</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="214"/>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="218"/>
        <source>Cancel voucher</source>
        <translation>Anular bono</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="215"/>
        <source>Cancel the voucher &quot;{0}&quot; (%n session(s) left)? It stays in the customer&apos;s history, shown as cancelled, and can no longer be used.</source>
        <translation>
            <numerusform>¿Anular el bono «{0}» (queda %n sesión)? Seguirá en el historial del cliente, marcado como anulado, y ya no se podrá usar.</numerusform>
            <numerusform>¿Anular el bono «{0}» (quedan %n sesiones)? Seguirá en el historial del cliente, marcado como anulado, y ya no se podrá usar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="219"/>
        <source>The voucher was not cancelled</source>
        <translation>El bono no se ha anulado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="231"/>
        <source>The voucher was not deleted</source>
        <translation>El bono no se ha eliminado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="234"/>
        <source>Voucher &quot;{0}&quot; (%n session(s), bought {1}) deleted: {2}</source>
        <translation>
            <numerusform>Bono «{0}» (%n sesión, comprado el {1}) eliminado: {2}</numerusform>
            <numerusform>Bono «{0}» (%n sesiones, comprado el {1}) eliminado: {2}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="245"/>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="248"/>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="253"/>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="257"/>
        <source>Delete voucher</source>
        <translation>Eliminar bono</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="246"/>
        <source>Delete the voucher &quot;{0}&quot;? Only a voucher entered by mistake should be deleted; the reason is kept in the customer&apos;s notes.</source>
        <translation>¿Eliminar el bono «{0}»? Elimine solo un bono introducido por error; el motivo se guarda en las notas del cliente.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="253"/>
        <source>The voucher &quot;{0}&quot; has sessions used, so it cannot be deleted; it is already cancelled.</source>
        <translation>El bono «{0}» tiene sesiones usadas, así que no se puede eliminar; ya está anulado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="257"/>
        <source>The voucher &quot;{0}&quot; has %n session(s) used, so it cannot be deleted: it is part of the customer&apos;s history. Cancel it instead?</source>
        <translation>
            <numerusform>El bono «{0}» tiene %n sesión usada, así que no se puede eliminar: forma parte del historial del cliente. ¿Anularlo en su lugar?</numerusform>
            <numerusform>El bono «{0}» tiene %n sesiones usadas, así que no se puede eliminar: forma parte del historial del cliente. ¿Anularlo en su lugar?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="260"/>
        <source>Cancel it instead…</source>
        <translation>Anularlo en su lugar…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="279"/>
        <source>prepaid card</source>
        <translation>tarjeta prepago</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="291"/>
        <source>loyalty card</source>
        <translation>tarjeta de fidelidad</translation>
    </message>
    <message>
        <source>Loyalty cards ({0} active)</source>
        <translation type="obsolete">Tarjetas de fidelidad ({0} activas)</translation>
    </message>
    <message>
        <source>Prepaid cards ({0} active)</source>
        <translation type="obsolete">Tarjetas prepago ({0} activas)</translation>
    </message>
    <message>
        <source>Vouchers ({0} active)</source>
        <translation type="obsolete">Bonos ({0} activos)</translation>
    </message>
    <message>
        <source>voucher</source>
        <translation type="obsolete">bono</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../salon_desk/ui/customer_form.py" line="69"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form.py" line="70"/>
        <source>This customer has changes that are not saved yet.</source>
        <translation>Este cliente tiene cambios que aún no se han guardado.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form.py" line="71"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form.py" line="72"/>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form.py" line="73"/>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form.py" line="83"/>
        <source>This customer may already exist</source>
        <translation>Puede que este cliente ya exista</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form.py" line="84"/>
        <source>&lt;p&gt;Salon Desk already has:&lt;/p&gt;&lt;ul&gt;{0}&lt;/ul&gt;&lt;p&gt;Open the existing record instead of creating a second one?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Salon Desk ya tiene:&lt;/p&gt;&lt;ul&gt;{0}&lt;/ul&gt;&lt;p&gt;¿Abrir la ficha existente en lugar de crear otra?&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form.py" line="86"/>
        <source>Open existing record</source>
        <translation>Abrir la ficha existente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form.py" line="87"/>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form.py" line="88"/>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>CustomerFormDialog</name>
    <message>
        <location filename="../../salon_desk/ui/customer_form.py" line="186"/>
        <source>Ctrl+S saves · Esc closes</source>
        <translation>Ctrl+S guarda · Esc cierra</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form.py" line="190"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form.py" line="193"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form.py" line="220"/>
        <source>Reload</source>
        <translation>Volver a cargar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form.py" line="221"/>
        <source>Show the customer as the other desk saved them, keeping your changes to the other fields</source>
        <translation>Mostrar el cliente tal como lo guardó el otro puesto, conservando sus cambios en los demás campos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form.py" line="239"/>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form.py" line="241"/>
        <source>Customer #{0}</source>
        <translation>Cliente n.º {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form.py" line="246"/>
        <source>Salon Desk</source>
        <translation>Salon Desk</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form.py" line="248"/>
        <source>⚠ Allergies / clinical: {0}</source>
        <translation>⚠ Alergias / clínica: {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form.py" line="325"/>
        <source>The customer was not saved</source>
        <translation>El cliente no se ha guardado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form.py" line="382"/>
        <source>Reloaded: the form shows what the other desk saved, with your changes kept.</source>
        <translation>Ficha cargada de nuevo: muestra lo que guardó el otro puesto, con sus cambios conservados.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form.py" line="385"/>
        <source>Reloaded: the form shows what the other desk saved, with your changes to the other fields kept. Your values for the fields they changed: {0}. Type them again if they should stay.</source>
        <translation>Ficha cargada de nuevo: muestra lo que guardó el otro puesto, con sus cambios en los demás campos conservados. Sus valores en los campos que cambiaron: {0}. Vuelva a escribirlos si deben quedarse.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form.py" line="407"/>
        <source>All corrected. Save when ready (Ctrl+S).</source>
        <translation>Todo corregido. Guarde cuando quiera (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form.py" line="412"/>
        <source>Please correct the highlighted field.</source>
        <translation>Corrija el campo resaltado.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form.py" line="414"/>
        <source>Please correct the {0} highlighted fields.</source>
        <translation>Corrija los {0} campos resaltados.</translation>
    </message>
</context>
<context>
    <name>CustomerFormFields</name>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="138"/>
        <source>Basic information</source>
        <translation>Datos básicos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="141"/>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="142"/>
        <source>&amp;Last name</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="144"/>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="148"/>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="149"/>
        <source>&amp;Gender</source>
        <translation>&amp;Género</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="152"/>
        <source>&amp;Mobile</source>
        <translation>&amp;Móvil</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="153"/>
        <source>Land&amp;line</source>
        <translation>&amp;Fijo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="156"/>
        <source>Date of &amp;birth (the year may be unknown)</source>
        <translation>Fecha de na&amp;cimiento (el año puede no saberse)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="158"/>
        <source>Anni&amp;versary</source>
        <translation>Ani&amp;versario</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="160"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="163"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="165"/>
        <source>&amp;Street</source>
        <translation>Ca&amp;lle</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="168"/>
        <source>&amp;City</source>
        <translation>Locali&amp;dad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="169"/>
        <source>&amp;Postcode</source>
        <translation>Código &amp;postal</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="172"/>
        <source>&amp;Region / province</source>
        <translation>P&amp;rovincia / región</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="173"/>
        <source>C&amp;ountry</source>
        <translation>Paí&amp;s</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="176"/>
        <source>Preferences and notes</source>
        <translation>Preferencias y notas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="186"/>
        <source>How did they hear of us?</source>
        <translation>¿Cómo nos conoció?</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="187"/>
        <source>Preferred staff member</source>
        <translation>Profesional preferido</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="189"/>
        <source>Referral source</source>
        <translation>Cómo nos conoció</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="195"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="196"/>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="198"/>
        <source>ID in a previous system</source>
        <translation>ID en un sistema anterior</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="204"/>
        <source>External ID</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="205"/>
        <source>Personal discount</source>
        <translation>Descuento personal</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="217"/>
        <source>Badge “{0}”: click to give or take away</source>
        <translation>Etiqueta «{0}»: pulse para ponerla o quitarla</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="222"/>
        <source>Badges</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="224"/>
        <source>Likes, dislikes, anything worth remembering</source>
        <translation>Gustos, manías, todo lo que convenga recordar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="227"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="229"/>
        <source>Allergies, medication, pregnancy, skin conditions… shown as a warning everywhere</source>
        <translation>Alergias, medicación, embarazo, problemas de piel… se muestra como aviso en todas partes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="233"/>
        <source>⚠ Allergies and clinical information</source>
        <translation>⚠ Alergias e información clínica</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="237"/>
        <source>Settings</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="238"/>
        <source>Active customer</source>
        <translation>Cliente activo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="239"/>
        <source>Inactive customers stay on file but are left out of campaigns and lists of active customers</source>
        <translation>Los clientes inactivos se conservan, pero quedan fuera de las campañas y de las listas de clientes activos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="241"/>
        <source>Blocked: cannot be booked and receives nothing</source>
        <translation>Bloqueado: no se le dan citas ni recibe nada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="245"/>
        <source>Why the customer is blocked</source>
        <translation>Por qué está bloqueado el cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="246"/>
        <source>Reason for blocking</source>
        <translation>Motivo del bloqueo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="250"/>
        <source>Communication preferences</source>
        <translation>Preferencias de comunicación</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="254"/>
        <source>Privacy policy accepted</source>
        <translation>Política de privacidad aceptada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="265"/>
        <source>Clear signature</source>
        <translation>Borrar la firma</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="269"/>
        <source>Customer&apos;s signature</source>
        <translation>Firma del cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="271"/>
        <source>Consent to be contacted</source>
        <translation>Consentimiento para ser contactado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="276"/>
        <source>Session reminders</source>
        <translation>Recordatorios de citas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="277"/>
        <source>Birthday wishes</source>
        <translation>Felicitaciones de cumpleaños</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="278"/>
        <source>Marketing</source>
        <translation>Publicidad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="282"/>
        <source>Notifications</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="311"/>
        <source>(recorded on saving)</source>
        <translation>(se registra al guardar)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="313"/>
        <source>on {0}</source>
        <translation>el {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_form_fields.py" line="340"/>
        <source>{0} (no longer active)</source>
        <translation>{0} (ya no está activo)</translation>
    </message>
</context>
<context>
    <name>CustomerListDelegate</name>
    <message>
        <location filename="../../salon_desk/ui/customer_list_delegate.py" line="50"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <location filename="../../salon_desk/ui/customer_list_model.py" line="284"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_model.py" line="284"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_model.py" line="285"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_model.py" line="285"/>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_model.py" line="286"/>
        <source>Badges</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_model.py" line="286"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_model.py" line="287"/>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_model.py" line="289"/>
        <source>Tick customers for bulk actions</source>
        <translation>Marque clientes para acciones en bloque</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_model.py" line="346"/>
        <source>close match</source>
        <translation>parecido</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_model.py" line="347"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_model.py" line="364"/>
        <source>Close match: found with one letter of what you typed changed</source>
        <translation>Parecido: encontrado cambiando una letra de lo que escribió</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_model.py" line="367"/>
        <source>Allergies / clinical: {0}</source>
        <translation>Alergias / clínica: {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_model.py" line="369"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_model.py" line="376"/>
        <source>Landline: {0}</source>
        <translation>Fijo: {0}</translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message>
        <location filename="../../salon_desk/ui/customer_list_bulk.py" line="62"/>
        <source>Tick customers to change or delete several at once.</source>
        <translation>Marque clientes para cambiar o eliminar varios a la vez.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_bulk.py" line="70"/>
        <location filename="../../salon_desk/ui/customer_list_bulk.py" line="123"/>
        <location filename="../../salon_desk/ui/customer_list_page.py" line="455"/>
        <location filename="../../salon_desk/ui/customer_list_undo.py" line="23"/>
        <source>Undo last bulk change</source>
        <translation>Deshacer el último cambio en bloque</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_bulk.py" line="90"/>
        <source>Set badge</source>
        <translation>Poner etiqueta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_bulk.py" line="92"/>
        <source>Remove badge</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_bulk.py" line="94"/>
        <source>Set category</source>
        <translation>Poner categoría</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_bulk.py" line="105"/>
        <source>Activate</source>
        <translation>Activar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_bulk.py" line="107"/>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_bulk.py" line="109"/>
        <location filename="../../salon_desk/ui/customer_list_page.py" line="133"/>
        <location filename="../../salon_desk/ui/customer_list_page.py" line="387"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_bulk.py" line="112"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_bulk.py" line="114"/>
        <source>Print list…</source>
        <translation>Imprimir lista…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_bulk.py" line="116"/>
        <source>Send message…</source>
        <translation>Enviar mensaje…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_bulk.py" line="117"/>
        <source>Email, SMS or WhatsApp to these customers (only to those whose consent allows it)</source>
        <translation>Correo, SMS o WhatsApp a estos clientes (solo a quienes lo permite su consentimiento)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_bulk.py" line="126"/>
        <source>Clear selection</source>
        <translation>Desmarcar todo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_bulk.py" line="170"/>
        <source>No category</source>
        <translation>Sin categoría</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_bulk.py" line="188"/>
        <source>All %Ln customer(s) the filter shows</source>
        <translation>
            <numerusform>El %Ln cliente que muestra el filtro</numerusform>
            <numerusform>Los %Ln clientes que muestra el filtro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_bulk.py" line="189"/>
        <source>All %Ln customer(s)</source>
        <translation>
            <numerusform>El %Ln cliente</numerusform>
            <numerusform>Los %Ln clientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_bulk.py" line="191"/>
        <source>{0} selected</source>
        <translation>{0} marcados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_bulk.py" line="193"/>
        <source>Apply to all %Ln customer(s) the filter shows…</source>
        <translation>
            <numerusform>Aplicar al %Ln cliente que muestra el filtro…</numerusform>
            <numerusform>Aplicar a los %Ln clientes que muestra el filtro…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_bulk.py" line="194"/>
        <source>Apply to all %Ln customer(s)…</source>
        <translation>
            <numerusform>Aplicar al %Ln cliente…</numerusform>
            <numerusform>Aplicar a los %Ln clientes…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_filters.py" line="44"/>
        <source>Filter by name, phone, email or ID…</source>
        <translation>Nombre, teléfono, email o ID…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_filters.py" line="52"/>
        <source>Only customers with this badge</source>
        <translation>Solo los clientes con esta etiqueta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_filters.py" line="54"/>
        <source>Only customers of this category</source>
        <translation>Solo los clientes de esta categoría</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_filters.py" line="56"/>
        <source>Active and inactive</source>
        <translation>Activos e inactivos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_filters.py" line="57"/>
        <source>Active only</source>
        <translation>Solo activos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_filters.py" line="58"/>
        <source>Inactive only</source>
        <translation>Solo inactivos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_filters.py" line="92"/>
        <source>All badges</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_filters.py" line="94"/>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_page.py" line="122"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_page.py" line="129"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_page.py" line="130"/>
        <source>Edit the highlighted customer</source>
        <translation>Editar el cliente resaltado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_page.py" line="131"/>
        <location filename="../../salon_desk/ui/customer_list_page.py" line="385"/>
        <source>Open record</source>
        <translation>Abrir ficha</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_page.py" line="132"/>
        <source>Open the highlighted customer&apos;s record</source>
        <translation>Abrir la ficha del cliente resaltado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_page.py" line="134"/>
        <source>Delete the highlighted customer</source>
        <translation>Eliminar el cliente resaltado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_page.py" line="139"/>
        <source>Select all</source>
        <translation>Marcar todos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_page.py" line="140"/>
        <source>Tick every customer listed</source>
        <translation>Marcar todos los clientes de la lista</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_page.py" line="307"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_page.py" line="311"/>
        <source>No customers match “{0}”.</source>
        <translation>Ningún cliente coincide con «{0}».</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_page.py" line="313"/>
        <source>No customers match these filters.</source>
        <translation>Ningún cliente cumple estos filtros.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_page.py" line="315"/>
        <source>No customers yet. Add one with “New customer” (Ctrl+N).</source>
        <translation>Todavía no hay clientes. Añada uno con «Nuevo cliente» (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_page.py" line="371"/>
        <source>customer #{0}</source>
        <translation>cliente n.º {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_page.py" line="372"/>
        <source>Delete customer</source>
        <translation>Eliminar cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_page.py" line="373"/>
        <source>Delete {0}? Everything recorded about this customer (appointments, sales, notes…) is deleted too. This cannot be undone.</source>
        <translation>¿Eliminar a {0}? También se elimina todo lo registrado de este cliente (citas, ventas, notas…). No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_page.py" line="375"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_page.py" line="376"/>
        <location filename="../../salon_desk/ui/customer_list_page.py" line="498"/>
        <source>Deleting customers…</source>
        <translation>Eliminando clientes…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_page.py" line="384"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_page.py" line="427"/>
        <source>Change %Ln customer(s)</source>
        <translation>
            <numerusform>Cambiar %Ln cliente</numerusform>
            <numerusform>Cambiar %Ln clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_page.py" line="433"/>
        <source>Give the badge to %Ln customer(s)?</source>
        <translation>
            <numerusform>¿Poner la etiqueta a %Ln cliente?</numerusform>
            <numerusform>¿Poner la etiqueta a %Ln clientes?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_page.py" line="434"/>
        <source>Take the badge from %Ln customer(s)?</source>
        <translation>
            <numerusform>¿Quitar la etiqueta a %Ln cliente?</numerusform>
            <numerusform>¿Quitar la etiqueta a %Ln clientes?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_page.py" line="436"/>
        <source>Updating badges…</source>
        <translation>Actualizando etiquetas…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_page.py" line="440"/>
        <source>Setting the category…</source>
        <translation>Poniendo la categoría…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_page.py" line="441"/>
        <source>Set the category of %Ln customer(s)?</source>
        <translation>
            <numerusform>¿Poner la categoría a %Ln cliente?</numerusform>
            <numerusform>¿Poner la categoría a %Ln clientes?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_page.py" line="446"/>
        <source>Activate %Ln customer(s)?</source>
        <translation>
            <numerusform>¿Activar %Ln cliente?</numerusform>
            <numerusform>¿Activar %Ln clientes?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_page.py" line="447"/>
        <source>Deactivate %Ln customer(s)?</source>
        <translation>
            <numerusform>¿Desactivar %Ln cliente?</numerusform>
            <numerusform>¿Desactivar %Ln clientes?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_page.py" line="449"/>
        <source>Updating customers…</source>
        <translation>Actualizando clientes…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_page.py" line="464"/>
        <source>Give %Ln customer(s) back what they had before the last bulk change?</source>
        <translation>
            <numerusform>¿Devolver a %Ln cliente lo que tenía antes del último cambio en bloque?</numerusform>
            <numerusform>¿Devolver a %Ln clientes lo que tenían antes del último cambio en bloque?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_page.py" line="465"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_page.py" line="467"/>
        <source>Undoing the last bulk change…</source>
        <translation>Deshaciendo el último cambio en bloque…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_page.py" line="479"/>
        <source>the chosen customers</source>
        <translation>los clientes elegidos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/customer_list_page.py" line="493"/>
        <source>Delete customers</source>
        <translation>Eliminar clientes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_page.py" line="494"/>
        <source>Delete %Ln customer(s)? Everything recorded about them (appointments, sales, notes…) is deleted too. This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar %Ln cliente? También se elimina todo lo registrado de él (citas, ventas, notas…). No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar %Ln clientes? También se elimina todo lo registrado de ellos (citas, ventas, notas…). No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_page.py" line="497"/>
        <source>Delete %Ln customer(s)</source>
        <translation>
            <numerusform>Eliminar %Ln cliente</numerusform>
            <numerusform>Eliminar %Ln clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_undo.py" line="26"/>
        <source>Undo giving the badge “{0}” to %Ln customer(s)</source>
        <translation>
            <numerusform>Deshacer poner la etiqueta «{0}» a %Ln cliente</numerusform>
            <numerusform>Deshacer poner la etiqueta «{0}» a %Ln clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_undo.py" line="27"/>
        <source>Undo taking the badge “{0}” from %Ln customer(s)</source>
        <translation>
            <numerusform>Deshacer quitar la etiqueta «{0}» a %Ln cliente</numerusform>
            <numerusform>Deshacer quitar la etiqueta «{0}» a %Ln clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_undo.py" line="29"/>
        <source>Undo setting the category “{0}” on %Ln customer(s)</source>
        <translation>
            <numerusform>Deshacer poner la categoría «{0}» a %Ln cliente</numerusform>
            <numerusform>Deshacer poner la categoría «{0}» a %Ln clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_undo.py" line="31"/>
        <source>Undo taking %Ln customer(s) out of their category</source>
        <translation>
            <numerusform>Deshacer quitar la categoría a %Ln cliente</numerusform>
            <numerusform>Deshacer quitar la categoría a %Ln clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_undo.py" line="33"/>
        <source>Undo activating %Ln customer(s)</source>
        <translation>
            <numerusform>Deshacer activar %Ln cliente</numerusform>
            <numerusform>Deshacer activar %Ln clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/customer_list_undo.py" line="34"/>
        <source>Undo deactivating %Ln customer(s)</source>
        <translation>
            <numerusform>Deshacer desactivar %Ln cliente</numerusform>
            <numerusform>Deshacer desactivar %Ln clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation type="obsolete">1 cliente</translation>
    </message>
    <message>
        <source>Activate {0} customers?</source>
        <translation type="obsolete">¿Activar {0} clientes?</translation>
    </message>
    <message>
        <source>Deactivate {0} customers?</source>
        <translation type="obsolete">¿Desactivar {0} clientes?</translation>
    </message>
    <message>
        <source>Delete {0} customers</source>
        <translation type="obsolete">Eliminar {0} clientes</translation>
    </message>
    <message>
        <source>Delete {0} customers? Everything recorded about them (appointments, sales, notes…) is deleted too. This cannot be undone.</source>
        <translation type="obsolete">¿Eliminar {0} clientes? También se elimina todo lo registrado de ellos (citas, ventas, notas…). No se puede deshacer.</translation>
    </message>
    <message>
        <source>Give the badge to {0} customers?</source>
        <translation type="obsolete">¿Poner la etiqueta a {0} clientes?</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="obsolete">Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print list</source>
        <translation type="obsolete">Imprimir lista</translation>
    </message>
    <message>
        <source>Save the customer list as</source>
        <translation type="obsolete">Guardar la lista de clientes como</translation>
    </message>
    <message>
        <source>Set the category of {0} customers?</source>
        <translation type="obsolete">¿Poner la categoría a {0} clientes?</translation>
    </message>
    <message>
        <source>Take the badge from {0} customers?</source>
        <translation type="obsolete">¿Quitar la etiqueta a {0} clientes?</translation>
    </message>
    <message>
        <source>{0} customers</source>
        <translation type="obsolete">{0} clientes</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../salon_desk/ui/duplicates/picker.py" line="35"/>
        <source>Name, phone, email or number</source>
        <translation>Nombre, teléfono, email o número</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/picker.py" line="38"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/picker.py" line="39"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/picker.py" line="40"/>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/picker.py" line="41"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/picker.py" line="47"/>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/picker.py" line="50"/>
        <source>Type to find the customer to join into this record.</source>
        <translation>Escriba para buscar el cliente que se une a esta ficha.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../salon_desk/models/store_errors.py" line="26"/>
        <source>Another window or program is saving; try again.</source>
        <translation>Otra ventana u otro programa está guardando; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/models/store_errors.py" line="27"/>
        <source>Another window or program is saving; waiting for it to finish…</source>
        <translation>Otra ventana u otro programa está guardando; esperando a que termine…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/models/store_errors.py" line="30"/>
        <source>Another desk or program is saving; waiting for it to finish…</source>
        <translation>Otro puesto u otro programa está guardando; esperando a que termine…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/models/store_errors.py" line="32"/>
        <source>The database {path} does not exist. Check the path (for example the one given with --db).</source>
        <translation>La base de datos {path} no existe. Compruebe la ruta (por ejemplo, la indicada con --db).</translation>
    </message>
    <message>
        <location filename="../../salon_desk/models/store_errors.py" line="35"/>
        <source>{path} is a folder, not a database file. Give the path of the salon&apos;s .sqlite file.</source>
        <translation>{path} es una carpeta, no un archivo de base de datos. Indique la ruta del archivo .sqlite del salón.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/models/store_errors.py" line="38"/>
        <source>{path} is not a file that can hold a database.</source>
        <translation>{path} no es un archivo que pueda contener una base de datos.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/models/store_errors.py" line="39"/>
        <source>The database file {path} is empty: it holds no salon.</source>
        <translation>El archivo de base de datos {path} está vacío: no contiene ningún salón.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/models/store_errors.py" line="40"/>
        <source>{path} is not a database file (it is another kind of file, or its beginning is damaged).</source>
        <translation>{path} no es un archivo de base de datos (es otro tipo de archivo, o su comienzo está dañado).</translation>
    </message>
    <message>
        <location filename="../../salon_desk/models/store_errors.py" line="43"/>
        <source>The database {path} is incomplete: the file was cut short. Restore a backup (Salon Desk keeps them beside the database, in folders named …backup-…).</source>
        <translation>La base de datos {path} está incompleta: el archivo quedó cortado. Restaure una copia de seguridad (Salon Desk las guarda junto a la base de datos, en carpetas llamadas …backup-…).</translation>
    </message>
    <message>
        <location filename="../../salon_desk/models/store_errors.py" line="46"/>
        <source>The database {path} is damaged. Restore a backup (Salon Desk keeps them beside the database, in folders named …backup-…).</source>
        <translation>La base de datos {path} está dañada. Restaure una copia de seguridad (Salon Desk las guarda junto a la base de datos, en carpetas llamadas …backup-…).</translation>
    </message>
    <message>
        <location filename="../../salon_desk/models/store_errors.py" line="49"/>
        <source>The database {path} is read-only: Salon Desk cannot save to it. Check the permissions of the file and of its folder, or copy it to a folder you can write to.</source>
        <translation>La base de datos {path} es de solo lectura: Salon Desk no puede guardar en ella. Compruebe los permisos del archivo y de su carpeta, o cópiela a una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/models/store_errors.py" line="53"/>
        <source>Salon Desk is not allowed to read {path}. Check the permissions of the file.</source>
        <translation>Salon Desk no tiene permiso para leer {path}. Compruebe los permisos del archivo.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/models/store_errors.py" line="55"/>
        <source>The database {path} cannot be created there. Check that the folder exists and that you can write to it.</source>
        <translation>La base de datos {path} no se puede crear ahí. Compruebe que la carpeta existe y que puede escribir en ella.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/models/store_errors.py" line="58"/>
        <source>The database {path} is locked by another program. Wait for it to finish, or close it, then try again. The file itself is fine.</source>
        <translation>La base de datos {path} está bloqueada por otro programa. Espere a que termine, o ciérrelo, y vuelva a intentarlo. El archivo en sí está bien.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/models/store_errors.py" line="61"/>
        <source>{path} is a database of another program, not a Salon Desk database. It was left unchanged.</source>
        <translation>{path} es una base de datos de otro programa, no de Salon Desk. No se ha modificado.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/models/store_errors.py" line="64"/>
        <source>This database was made by a newer version of Salon Desk (schema {schema}). Update Salon Desk to open it.</source>
        <translation>Esta base de datos la creó una versión más reciente de Salon Desk (esquema {schema}). Actualice Salon Desk para abrirla.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/models/store_errors.py" line="67"/>
        <source>The database {path} could not be read or written (an error of the disk or of the network drive). Nothing was saved.</source>
        <translation>No se ha podido leer o escribir la base de datos {path} (un error del disco o de la unidad de red). No se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/models/store_errors.py" line="70"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>El disco está lleno: no se ha guardado nada. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/models/store_errors.py" line="72"/>
        <source>The database {path} needs an upgrade, but a safe copy of it could not be made first ({reason}), so it was left as it was.</source>
        <translation>La base de datos {path} necesita actualizarse, pero antes no se ha podido hacer una copia segura ({reason}), así que se ha dejado como estaba.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/models/store_errors.py" line="75"/>
        <source>the copy did not check out</source>
        <translation>la copia no ha superado la comprobación</translation>
    </message>
    <message>
        <location filename="../../salon_desk/models/store_errors.py" line="76"/>
        <source>The database {path} could not be opened ({reason}). Nothing was changed; try again.</source>
        <translation>No se ha podido abrir la base de datos {path} ({reason}). No se ha modificado nada; vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/models/store_errors.py" line="79"/>
        <source>The database could not complete this; nothing was saved.</source>
        <translation>La base de datos no ha podido completar esto; no se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/models/store_errors.py" line="81"/>
        <source>The salon server {server} cannot be reached. Check that it is running and that this computer is connected to its network, then try again.</source>
        <translation>No se puede conectar con el servidor del salón {server}. Compruebe que está en marcha y que este ordenador está conectado a su red, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/models/store_errors.py" line="84"/>
        <source>The salon server {server} refused the user name or password. Check them, or ask whoever set up the server.</source>
        <translation>El servidor del salón {server} ha rechazado el usuario o la contraseña. Compruébelos o pregunte a quien instaló el servidor.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/models/store_errors.py" line="87"/>
        <source>The salon server {server} has no such database. Check its name in the address (for example the one given with --db).</source>
        <translation>El servidor del salón {server} no tiene esa base de datos. Compruebe su nombre en la dirección (por ejemplo, la indicada con --db).</translation>
    </message>
    <message>
        <location filename="../../salon_desk/models/store_errors.py" line="90"/>
        <source>The connection to the salon server {server} was lost: nothing was saved. Try again.</source>
        <translation>Se ha perdido la conexión con el servidor del salón {server}: no se ha guardado nada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/models/store_errors.py" line="93"/>
        <source>The user Salon Desk signs in with on {server} is not allowed to do this. Ask whoever set up the server to give it the rights on the salon&apos;s database.</source>
        <translation>El usuario con el que Salon Desk entra en {server} no tiene permiso para esto. Pida a quien instaló el servidor que le dé los permisos sobre la base de datos del salón.</translation>
    </message>
</context>
<context>
    <name>DatesPage</name>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="286"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="287"/>
        <source>The dates in this file can be read two ways. Which is right?</source>
        <translation>Las fechas de este archivo se pueden leer de dos maneras. ¿Cuál es la correcta?</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="293"/>
        <source>Day first: 05/06/1990 is 5 June 1990</source>
        <translation>Primero el día: 05/06/1990 es el 5 de junio de 1990</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="294"/>
        <source>Month first: 05/06/1990 is May 6, 1990</source>
        <translation>Primero el mes: 05/06/1990 es el 6 de mayo de 1990</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="295"/>
        <source>Year first: 1990/06/05</source>
        <translation>Primero el año: 1990/06/05</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="307"/>
        <source>For example: {0}</source>
        <translation>Por ejemplo: {0}</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <location filename="../../salon_desk/ui/schedule/day_view.py" line="73"/>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/day_view.py" line="74"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/day_view.py" line="76"/>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/day_view.py" line="90"/>
        <source>Service:</source>
        <translation>Servicio:</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/day_view.py" line="92"/>
        <source>Room:</source>
        <translation>Cabina:</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/day_view.py" line="98"/>
        <source>Booking for {0}: click a free slot to book the chosen service.</source>
        <translation>Cita para {0}: pulse un hueco libre para reservar el servicio elegido.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/day_view.py" line="101"/>
        <source>Click a free slot to book; click an appointment to confirm, charge or cancel it.</source>
        <translation>Pulse un hueco libre para dar cita; pulse una cita para confirmarla, cobrarla o cancelarla.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/day_view.py" line="137"/>
        <source>No room</source>
        <translation>Sin cabina</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/day_view.py" line="203"/>
        <source>Today, {0}</source>
        <translation>Hoy, {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/schedule/day_view.py" line="205"/>
        <source>{0}  ·  %Ln appointment(s)</source>
        <translation>
            <numerusform>{0}  ·  %Ln cita</numerusform>
            <numerusform>{0}  ·  %Ln citas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/day_view.py" line="237"/>
        <source>Open the customer&apos;s record</source>
        <translation>Abrir la ficha del cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/day_view.py" line="239"/>
        <source>Change or move…</source>
        <translation>Cambiar o mover…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/day_view.py" line="242"/>
        <source>Mark as {0}</source>
        <translation>Marcar como {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/day_view.py" line="245"/>
        <source>Complete and charge…</source>
        <translation>Completar y cobrar…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/day_view.py" line="248"/>
        <source>Cancel the appointment…</source>
        <translation>Cancelar la cita…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/day_view.py" line="262"/>
        <source>The appointment was not changed</source>
        <translation>No se ha cambiado la cita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/day_view.py" line="279"/>
        <source>Cancel the appointment</source>
        <translation>Cancelar la cita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/day_view.py" line="280"/>
        <source>Cancel this appointment? Its slot becomes free.</source>
        <translation>¿Cancelar esta cita? Su hueco queda libre.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/day_view.py" line="281"/>
        <source>Cancel appointment</source>
        <translation>Cancelar cita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/day_view.py" line="285"/>
        <source>The appointment was not completed</source>
        <translation>No se ha completado la cita</translation>
    </message>
    <message>
        <source>{0}  ·  {1} appointments</source>
        <translation type="obsolete">{0}  ·  {1} citas</translation>
    </message>
</context>
<context>
    <name>DebtsTab</name>
    <message>
        <location filename="../../salon_desk/ui/record/debts_tab.py" line="72"/>
        <source>Pay…</source>
        <translation>Pagar…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/debts_tab.py" line="80"/>
        <source>Payments of the selected debt</source>
        <translation>Pagos de la deuda seleccionada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/debts_tab.py" line="89"/>
        <source>Balance reminder…</source>
        <translation>Recordatorio de saldo…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/debts_tab.py" line="100"/>
        <source>Debts</source>
        <translation>Deudas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/debts_tab.py" line="117"/>
        <source>Owes {0}</source>
        <translation>Debe {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/debts_tab.py" line="120"/>
        <source>Nothing owed.</source>
        <translation>No debe nada.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/debts_tab.py" line="126"/>
        <source>the customer owes {0}</source>
        <translation>el cliente debe {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/debts_tab.py" line="127"/>
        <source>the salon owes the customer {0}</source>
        <translation>el salón debe al cliente {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/debts_tab.py" line="128"/>
        <source>Balance reminder: </source>
        <translation>Recordatorio de saldo: </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/debts_tab.py" line="131"/>
        <source>No balance reminder.</source>
        <translation>Sin recordatorio de saldo.</translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <location filename="../../salon_desk/ui/demo_offer.py" line="65"/>
        <source>Loading the demo salon</source>
        <translation>Cargando el salón de demostración</translation>
    </message>
    <message>
        <source>Creating demo customers…</source>
        <translation type="obsolete">Creando clientes de demostración…</translation>
    </message>
</context>
<context>
    <name>DemoOfferDialog</name>
    <message>
        <location filename="../../salon_desk/ui/demo_offer.py" line="32"/>
        <source>Welcome to Salon Desk</source>
        <translation>Bienvenido/a a Salon Desk</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/demo_offer.py" line="34"/>
        <source>&lt;h3&gt;Your salon database is empty&lt;/h3&gt;&lt;p&gt;Start empty to enter your own salon, or load a demo salon with invented customers, staff and services to try Salon Desk out first.&lt;/p&gt;&lt;p&gt;The demo can only be loaded while the database is empty (File ▸ Load demo data… stays available until the first customer is added).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;La base de datos del salón está vacía&lt;/h3&gt;&lt;p&gt;Empiece en blanco para introducir su propio salón, o cargue un salón de demostración con clientes, profesionales y servicios inventados para probar antes Salon Desk.&lt;/p&gt;&lt;p&gt;La demostración solo se puede cargar mientras la base de datos esté vacía (Archivo ▸ Cargar datos de demostración… sigue disponible hasta que se añade el primer cliente).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/demo_offer.py" line="49"/>
        <source>Demo customers:</source>
        <translation>Clientes de demostración:</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/demo_offer.py" line="52"/>
        <source>Start empty</source>
        <translation>Empezar en blanco</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/demo_offer.py" line="54"/>
        <source>Load demo salon</source>
        <translation>Cargar el salón de demostración</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="56"/>
        <source>Edit customer…</source>
        <translation>Editar cliente…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="67"/>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="90"/>
        <source>Basic information</source>
        <translation>Datos básicos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="92"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="93"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="94"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="95"/>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="96"/>
        <source>Landline</source>
        <translation>Fijo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="97"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="98"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="99"/>
        <source>Anniversary</source>
        <translation>Aniversario</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="101"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="103"/>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="104"/>
        <source>City</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="105"/>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="106"/>
        <source>Region</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="107"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="109"/>
        <source>Settings</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="111"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="111"/>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="111"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="112"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="112"/>
        <source>Yes: {0}</source>
        <translation>Sí: {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="113"/>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="149"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="117"/>
        <source>Preferences and notes</source>
        <translation>Preferencias y notas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="119"/>
        <source>Preferred staff</source>
        <translation>Profesional preferido</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="120"/>
        <source>Referral source</source>
        <translation>Cómo nos conoció</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="121"/>
        <source>External ID</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="122"/>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="123"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="124"/>
        <source>Badges</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="125"/>
        <source>Personal discount</source>
        <translation>Descuento personal</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="127"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="132"/>
        <source>Allergies / clinical</source>
        <translation>Alergias / clínica</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="134"/>
        <source>Communication preferences</source>
        <translation>Preferencias de comunicación</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="135"/>
        <source>Accepted on {0}</source>
        <translation>Aceptada el {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="136"/>
        <source>Not accepted</source>
        <translation>No aceptada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="137"/>
        <source>Privacy policy</source>
        <translation>Política de privacidad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="145"/>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="147"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="148"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="149"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="151"/>
        <source>Session reminders</source>
        <translation>Recordatorios de citas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="152"/>
        <source>Birthday wishes</source>
        <translation>Felicitaciones de cumpleaños</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="153"/>
        <source>Marketing</source>
        <translation>Publicidad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="157"/>
        <source>Created {0} · last changed {1}</source>
        <translation>Creado el {0} · último cambio el {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/details_tab.py" line="182"/>
        <source>{0} (%n year(s) old)</source>
        <translation>
            <numerusform>{0} (%n año)</numerusform>
            <numerusform>{0} (%n años)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="184"/>
        <source>{0} (year unknown)</source>
        <translation>{0} (año desconocido)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="202"/>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="209"/>
        <source>Given</source>
        <translation>Dado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="210"/>
        <source>Never given</source>
        <translation>Nunca dado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/details_tab.py" line="210"/>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>{0} ({1} years old)</source>
        <translation type="obsolete">{0} ({1} años)</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../salon_desk/ui/dialogs.py" line="115"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/dialogs.py" line="116"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <location filename="../../salon_desk/ui/duplicates/extension.py" line="49"/>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/extension.py" line="56"/>
        <source>Find duplicates…</source>
        <translation>Buscar duplicados…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/extension.py" line="57"/>
        <source>Look for customers entered more than once</source>
        <translation>Buscar clientes introducidos más de una vez</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/extension.py" line="66"/>
        <source>Join customers…</source>
        <translation>Unir clientes…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/extension.py" line="68"/>
        <source>Join another customer&apos;s record into this one</source>
        <translation>Unir a esta ficha la de otro cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/extension.py" line="69"/>
        <location filename="../../salon_desk/ui/duplicates/extension.py" line="129"/>
        <location filename="../../salon_desk/ui/duplicates/extension.py" line="137"/>
        <location filename="../../salon_desk/ui/duplicates/extension.py" line="146"/>
        <source>Undo last merge</source>
        <translation>Deshacer la última fusión</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/extension.py" line="71"/>
        <source>Separate again the records last merged into this one</source>
        <translation>Volver a separar las fichas fusionadas por última vez en esta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/extension.py" line="103"/>
        <source>Join customers</source>
        <translation>Unir clientes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/extension.py" line="129"/>
        <source>Undo this merge?

{0}

The merged records come back with everything that was moved from them.</source>
        <translation>¿Deshacer esta fusión?

{0}

Las fichas fusionadas vuelven con todo lo que se les movió.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/extension.py" line="131"/>
        <source>Undo merge</source>
        <translation>Deshacer fusión</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/extension.py" line="141"/>
        <source>The records {0} are separate again.</source>
        <translation>Las fichas {0} vuelven a estar separadas.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/extension.py" line="144"/>
        <source>Fields edited since the merge kept their new value: {0}</source>
        <translation>Los campos editados después de la fusión conservan su nuevo valor: {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="13"/>
        <source>Same email and phone</source>
        <translation>Mismo email y teléfono</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="14"/>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="30"/>
        <source>Same email</source>
        <translation>Mismo email</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="15"/>
        <source>Same phone</source>
        <translation>Mismo teléfono</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="16"/>
        <source>Similar name and same birth date</source>
        <translation>Nombre parecido y misma fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="17"/>
        <source>Similar name and same address</source>
        <translation>Nombre parecido y misma dirección</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="18"/>
        <source>First and last name swapped</source>
        <translation>Nombre y apellidos intercambiados</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="19"/>
        <source>Similar name</source>
        <translation>Nombre parecido</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="30"/>
        <source>Same mobile</source>
        <translation>Mismo móvil</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="31"/>
        <source>Same name and date of birth</source>
        <translation>Mismo nombre y fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="35"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="35"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="35"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="40"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="40"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="40"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="41"/>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="98"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="41"/>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="41"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="42"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="42"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="43"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="43"/>
        <source>Anniversary</source>
        <translation>Aniversario</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="44"/>
        <source>Preferred staff</source>
        <translation>Profesional preferido</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="44"/>
        <source>Referred by</source>
        <translation>Cómo nos conoció</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="45"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="45"/>
        <source>External ID</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="46"/>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="46"/>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="47"/>
        <source>Privacy policy accepted</source>
        <translation>Política de privacidad aceptada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="48"/>
        <source>Appointment reminders</source>
        <translation>Recordatorios de citas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="49"/>
        <source>Birthday greetings</source>
        <translation>Felicitaciones de cumpleaños</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="50"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="50"/>
        <source>Marketing messages</source>
        <translation>Mensajes publicitarios</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="51"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="51"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="51"/>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="63"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="52"/>
        <source>Allergies and health</source>
        <translation>Alergias y salud</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="59"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="61"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="65"/>
        <source>Not blocked</source>
        <translation>No bloqueado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="67"/>
        <source>Blocked: {0}</source>
        <translation>Bloqueado: {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="69"/>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="69"/>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="69"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="70"/>
        <source>Unspecified</source>
        <translation>Sin especificar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="89"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="89"/>
        <source>%n budget(s)</source>
        <translation>
            <numerusform>%n presupuesto</numerusform>
            <numerusform>%n presupuestos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="89"/>
        <source>%n cash movement(s)</source>
        <translation>
            <numerusform>%n movimiento de caja</numerusform>
            <numerusform>%n movimientos de caja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="89"/>
        <source>%n consent change(s)</source>
        <translation>
            <numerusform>%n cambio de consentimiento</numerusform>
            <numerusform>%n cambios de consentimiento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="89"/>
        <source>%n debt(s)</source>
        <translation>
            <numerusform>%n deuda</numerusform>
            <numerusform>%n deudas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="89"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="89"/>
        <source>%n loyalty card(s)</source>
        <translation>
            <numerusform>%n tarjeta de fidelidad</numerusform>
            <numerusform>%n tarjetas de fidelidad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="89"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="89"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="89"/>
        <source>%n patch test(s)</source>
        <translation>
            <numerusform>%n prueba de alergia</numerusform>
            <numerusform>%n pruebas de alergia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="89"/>
        <source>%n points movement(s)</source>
        <translation>
            <numerusform>%n movimiento de puntos</numerusform>
            <numerusform>%n movimientos de puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="89"/>
        <source>%n prepaid card(s)</source>
        <translation>
            <numerusform>%n tarjeta prepago</numerusform>
            <numerusform>%n tarjetas prepago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="89"/>
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n venta</numerusform>
            <numerusform>%n ventas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="89"/>
        <source>%n survey(s)</source>
        <translation>
            <numerusform>%n encuesta</numerusform>
            <numerusform>%n encuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="89"/>
        <source>%n voucher(s)</source>
        <translation>
            <numerusform>%n bono</numerusform>
            <numerusform>%n bonos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="93"/>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="93"/>
        <source>Marketing</source>
        <translation>Publicidad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="98"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/labels.py" line="98"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/merge_dialog.py" line="292"/>
        <source>Merge customers</source>
        <translation>Fusionar clientes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/models.py" line="88"/>
        <source>Confidence</source>
        <translation>Fiabilidad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/models.py" line="88"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/models.py" line="88"/>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/models.py" line="88"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/models.py" line="89"/>
        <source>Records</source>
        <translation>Fichas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/models.py" line="119"/>
        <source>Customers {0}: estimated probability {1} that they are the same person</source>
        <translation>Clientes {0}: probabilidad estimada {1} de que sean la misma persona</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/models.py" line="174"/>
        <source>last visit {0}</source>
        <translation>última visita {0}</translation>
    </message>
    <message>
        <source>{0} appointment</source>
        <translation type="obsolete">{0} cita</translation>
    </message>
    <message>
        <source>{0} appointments</source>
        <translation type="obsolete">{0} citas</translation>
    </message>
    <message>
        <source>{0} appointments, {1} sales</source>
        <translation type="obsolete">{0} citas, {1} ventas</translation>
    </message>
    <message>
        <source>{0} budget</source>
        <translation type="obsolete">{0} presupuesto</translation>
    </message>
    <message>
        <source>{0} budgets</source>
        <translation type="obsolete">{0} presupuestos</translation>
    </message>
    <message>
        <source>{0} cash movement</source>
        <translation type="obsolete">{0} movimiento de caja</translation>
    </message>
    <message>
        <source>{0} cash movements</source>
        <translation type="obsolete">{0} movimientos de caja</translation>
    </message>
    <message>
        <source>{0} consent change</source>
        <translation type="obsolete">{0} cambio de consentimiento</translation>
    </message>
    <message>
        <source>{0} consent changes</source>
        <translation type="obsolete">{0} cambios de consentimiento</translation>
    </message>
    <message>
        <source>{0} debt</source>
        <translation type="obsolete">{0} deuda</translation>
    </message>
    <message>
        <source>{0} debts</source>
        <translation type="obsolete">{0} deudas</translation>
    </message>
    <message>
        <source>{0} document</source>
        <translation type="obsolete">{0} documento</translation>
    </message>
    <message>
        <source>{0} documents</source>
        <translation type="obsolete">{0} documentos</translation>
    </message>
    <message>
        <source>{0} loyalty card</source>
        <translation type="obsolete">{0} tarjeta de fidelidad</translation>
    </message>
    <message>
        <source>{0} loyalty cards</source>
        <translation type="obsolete">{0} tarjetas de fidelidad</translation>
    </message>
    <message>
        <source>{0} message</source>
        <translation type="obsolete">{0} mensaje</translation>
    </message>
    <message>
        <source>{0} messages</source>
        <translation type="obsolete">{0} mensajes</translation>
    </message>
    <message>
        <source>{0} note</source>
        <translation type="obsolete">{0} nota</translation>
    </message>
    <message>
        <source>{0} notes</source>
        <translation type="obsolete">{0} notas</translation>
    </message>
    <message>
        <source>{0} patch test</source>
        <translation type="obsolete">{0} prueba de alergia</translation>
    </message>
    <message>
        <source>{0} patch tests</source>
        <translation type="obsolete">{0} pruebas de alergia</translation>
    </message>
    <message>
        <source>{0} points movement</source>
        <translation type="obsolete">{0} movimiento de puntos</translation>
    </message>
    <message>
        <source>{0} points movements</source>
        <translation type="obsolete">{0} movimientos de puntos</translation>
    </message>
    <message>
        <source>{0} prepaid card</source>
        <translation type="obsolete">{0} tarjeta prepago</translation>
    </message>
    <message>
        <source>{0} prepaid cards</source>
        <translation type="obsolete">{0} tarjetas prepago</translation>
    </message>
    <message>
        <source>{0} sale</source>
        <translation type="obsolete">{0} venta</translation>
    </message>
    <message>
        <source>{0} sales</source>
        <translation type="obsolete">{0} ventas</translation>
    </message>
    <message>
        <source>{0} survey</source>
        <translation type="obsolete">{0} encuesta</translation>
    </message>
    <message>
        <source>{0} surveys</source>
        <translation type="obsolete">{0} encuestas</translation>
    </message>
    <message>
        <source>{0} voucher</source>
        <translation type="obsolete">{0} bono</translation>
    </message>
    <message>
        <source>{0} vouchers</source>
        <translation type="obsolete">{0} bonos</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../salon_desk/ui/duplicates/page.py" line="44"/>
        <source>Duplicate customers</source>
        <translation>Clientes duplicados</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/page.py" line="46"/>
        <source>Records that are probably the same person, compared on names, birth date, phones, email and address. Review a group, then merge it or mark them as different people.</source>
        <translation>Fichas que probablemente son la misma persona, comparadas por nombre, fecha de nacimiento, teléfonos, email y dirección. Revise un grupo y fusiónelo o márquelas como personas distintas.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/page.py" line="53"/>
        <location filename="../../salon_desk/ui/duplicates/page.py" line="170"/>
        <source>Find duplicates</source>
        <translation>Buscar duplicados</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/page.py" line="57"/>
        <source>High and medium confidence</source>
        <translation>Fiabilidad alta y media</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/page.py" line="58"/>
        <source>All, low confidence too</source>
        <translation>Todos, también fiabilidad baja</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/page.py" line="59"/>
        <source>High confidence only</source>
        <translation>Solo fiabilidad alta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/page.py" line="62"/>
        <source>No scan yet.</source>
        <translation>Todavía no se ha buscado.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/page.py" line="67"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/page.py" line="102"/>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/page.py" line="104"/>
        <source>Choose the record to keep and the values to keep; everything else moves to it</source>
        <translation>Elija la ficha y los valores que se conservan; todo lo demás pasa a ella</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/page.py" line="107"/>
        <location filename="../../salon_desk/ui/duplicates/page.py" line="249"/>
        <location filename="../../salon_desk/ui/duplicates/page.py" line="257"/>
        <source>Not the same person</source>
        <translation>No es la misma persona</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/page.py" line="108"/>
        <source>Remember that these are different people: they will not be proposed again</source>
        <translation>Recordar que son personas distintas: no se volverán a proponer</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/page.py" line="111"/>
        <source>Open records</source>
        <translation>Abrir fichas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/page.py" line="146"/>
        <location filename="../../salon_desk/ui/duplicates/page.py" line="147"/>
        <source>Looking for duplicates…</source>
        <translation>Buscando duplicados…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/page.py" line="169"/>
        <source>The scan failed.</source>
        <translation>La búsqueda ha fallado.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/page.py" line="174"/>
        <source>Scan cancelled.</source>
        <translation>Búsqueda cancelada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/page.py" line="180"/>
        <source>%n group(s) ({0} high, {1} medium, {2} low confidence)</source>
        <translation>
            <numerusform>%n grupo (fiabilidad {0} alta, {1} media, {2} baja)</numerusform>
            <numerusform>%n grupos (fiabilidad {0} alta, {1} media, {2} baja)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/page.py" line="183"/>
        <source>among {0} customer(s)</source>
        <translation>
            <numerusform>entre {0} cliente</numerusform>
            <numerusform>entre {0} clientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/page.py" line="185"/>
        <source>scanned at {0} in {1} s</source>
        <translation>búsqueda a las {0} en {1} s</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/page.py" line="211"/>
        <source>Choose a group to compare its records</source>
        <translation>Elija un grupo para comparar sus fichas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/page.py" line="218"/>
        <source>{0} · {1} confidence ({2})</source>
        <translation>{0} · fiabilidad {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/page.py" line="249"/>
        <source>Remember that these records are different people?

{0}

They will not be proposed as duplicates again.</source>
        <translation>¿Recordar que estas fichas son personas distintas?

{0}

No se volverán a proponer como duplicados.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/page.py" line="251"/>
        <source>Different people</source>
        <translation>Personas distintas</translation>
    </message>
    <message>
        <source>{0} groups ({1} high, {2} medium, {3} low confidence) among {4} customers · scanned at {5} in {6:.1f} s</source>
        <translation type="obsolete">{0} grupos (fiabilidad {1} alta, {2} media, {3} baja) entre {4} clientes · búsqueda a las {5} en {6:.1f} s</translation>
    </message>
</context>
<context>
    <name>FieldsPage</name>
    <message>
        <location filename="../../salon_desk/ui/duplicates/merge_dialog.py" line="110"/>
        <source>Step 2 of 2: the values to keep</source>
        <translation>Paso 2 de 2: los valores que se conservan</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/merge_dialog.py" line="111"/>
        <source>For each field that differs, choose the value to keep. The most informative value is chosen for you: a known value over an empty or unspecified one, the most complete, the larger discount, a refusal to be contacted. Notes, allergies and consent are combined.</source>
        <translation>En cada campo que difiera, elija el valor que se conserva. Ya viene elegido el más informativo: un valor conocido antes que uno vacío o sin especificar, el más completo, el descuento mayor, la negativa a recibir mensajes. Las notas, las alergias y los consentimientos se combinan.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/merge_dialog.py" line="117"/>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/merge_dialog.py" line="126"/>
        <source>Who is merging (optional)</source>
        <translation>Quién fusiona (opcional)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/merge_dialog.py" line="128"/>
        <source>Merged by:</source>
        <translation>Fusionado por:</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/merge_dialog.py" line="158"/>
        <source>Fields that differ</source>
        <translation>Campos que difieren</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/merge_dialog.py" line="173"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/merge_dialog.py" line="174"/>
        <source>{0}   — from #{1}</source>
        <translation>{0}   — de n.º {1}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/merge_dialog.py" line="186"/>
        <source>No field has conflicting values: each takes the value a record has.</source>
        <translation>Ningún campo tiene valores en conflicto: cada uno toma el valor que tiene una ficha.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/duplicates/merge_dialog.py" line="190"/>
        <source>%n other field(s) the same in every record.</source>
        <translation>
            <numerusform>%n campo más es igual en todas las fichas.</numerusform>
            <numerusform>%n campos más son iguales en todas las fichas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/merge_dialog.py" line="193"/>
        <source>Combined</source>
        <translation>Combinado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/merge_dialog.py" line="196"/>
        <source>No notes, allergies, consent or balance to combine.</source>
        <translation>No hay notas, alergias, consentimientos ni saldo que combinar.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/merge_dialog.py" line="208"/>
        <source>Consent (a refusal on any record wins; every change is kept in the history):</source>
        <translation>Consentimiento (prevalece una negativa en cualquier ficha; cada cambio queda en el historial):</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/merge_dialog.py" line="212"/>
        <source>Balances are added up: {0}</source>
        <translation>Los saldos se suman: {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/merge_dialog.py" line="215"/>
        <source>What moves to #{0}</source>
        <translation>Qué pasa a n.º {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/merge_dialog.py" line="217"/>
        <source>The other records have no history to move.</source>
        <translation>Las otras fichas no tienen historial que mover.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/merge_dialog.py" line="219"/>
        <source>Badges are combined. The merge can be undone from the kept record while it is its latest merge.</source>
        <translation>Las etiquetas se combinan. La fusión se puede deshacer desde la ficha conservada mientras sea su última fusión.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/merge_dialog.py" line="236"/>
        <source>✓ yes</source>
        <translation>✓ sí</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/merge_dialog.py" line="236"/>
        <source>✗ no</source>
        <translation>✗ no</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/merge_dialog.py" line="238"/>
        <source>From #{0}</source>
        <translation>De n.º {0}</translation>
    </message>
    <message>
        <source>Balances are added up: {0:.2f}</source>
        <translation type="obsolete">Los saldos se suman: {0:.2f}</translation>
    </message>
    <message>
        <source>For each field that differs, choose the value to keep. The most complete and most recent value is chosen for you. Notes, allergies and consent are combined.</source>
        <translation type="obsolete">En cada campo que difiera, elija el valor que se conserva. Ya viene elegido el más completo y reciente. Las notas, las alergias y los consentimientos se combinan.</translation>
    </message>
    <message>
        <source>{0} other fields are the same in every record.</source>
        <translation type="obsolete">Otros {0} campos son iguales en todas las fichas.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="83"/>
        <source>Import customers</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="84"/>
        <source>Choose a spreadsheet (.xlsx, .xls, .ods) or a .csv file: the app&apos;s template or export, or the customer export of your previous system.</source>
        <translation>Elija una hoja de cálculo (.xlsx, .xls, .ods) o un archivo .csv: la plantilla o una exportación de la aplicación, o la exportación de clientes de su sistema anterior.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="92"/>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="93"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="97"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="106"/>
        <source>Phone numbers without a country code are from:</source>
        <translation>Los teléfonos sin prefijo internacional son de:</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="108"/>
        <source>Skip them (keep the customer as it is)</source>
        <translation>Omitirlas (el cliente queda como está)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="109"/>
        <source>Use them to fill the customer&apos;s empty fields</source>
        <translation>Usarlas para completar los campos vacíos del cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="110"/>
        <source>Import them as new customers anyway</source>
        <translation>Importarlas igualmente como clientes nuevos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="112"/>
        <source>Rows matching an existing customer
(same email, mobile or external ID):</source>
        <translation>Filas que coinciden con un cliente existente
(mismo email, móvil o ID externo):</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="115"/>
        <source>Import the row and keep the value in the notes (flagged “Check import”)</source>
        <translation>Importar la fila y guardar el valor en las notas (con la etiqueta «Revisar importación»)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="117"/>
        <source>Reject the row (it goes to a file of rejected rows with the reason)</source>
        <translation>Rechazar la fila (va a un archivo de filas rechazadas con el motivo)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="120"/>
        <source>A value that cannot be understood:</source>
        <translation>Un valor que no se puede interpretar:</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="133"/>
        <source>Import customers from</source>
        <translation>Importar clientes desde</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="140"/>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="144"/>
        <source>Reading the file</source>
        <translation>Leyendo el archivo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="155"/>
        <source>{rows} row(s) on sheet “{sheet}”</source>
        <translation>
            <numerusform>{rows} fila en la hoja «{sheet}»</numerusform>
            <numerusform>{rows} filas en la hoja «{sheet}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="157"/>
        <source>{known} of %n column(s) recognised.</source>
        <translation>
            <numerusform>{known} de %n columna reconocida.</numerusform>
            <numerusform>{known} de %n columnas reconocidas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="160"/>
        <source>Your saved mapping for these columns was applied.</source>
        <translation>Se ha aplicado la correspondencia guardada para estas columnas.</translation>
    </message>
    <message>
        <source>{rows} rows on sheet “{sheet}”; {known} of {cols} columns recognised.</source>
        <translation type="obsolete">{rows} filas en la hoja «{sheet}»; {known} de {cols} columnas reconocidas.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../salon_desk/ui/formatting.py" line="119"/>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/formatting.py" line="119"/>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/formatting.py" line="119"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/formatting.py" line="120"/>
        <source>Unspecified</source>
        <translation>Sin especificar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/formatting.py" line="125"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/formatting.py" line="126"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/formatting.py" line="126"/>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/formatting.py" line="130"/>
        <source>Appointment information</source>
        <translation>Información de citas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/formatting.py" line="131"/>
        <source>Promotions and offers</source>
        <translation>Promociones y ofertas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/formatting.py" line="135"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/formatting.py" line="135"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/formatting.py" line="135"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
</context>
<context>
    <name>GlobalSearchBox</name>
    <message>
        <location filename="../../salon_desk/ui/global_search.py" line="50"/>
        <source>close match</source>
        <translation>parecido</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/global_search.py" line="180"/>
        <source>Find a customer: name, phone, email or ID  (Ctrl+K)</source>
        <translation>Buscar cliente: nombre, teléfono, email o ID  (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/global_search.py" line="215"/>
        <source>No customer matches “{0}”.</source>
        <translation>Ningún cliente coincide con «{0}».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/global_search.py" line="218"/>
        <source>{0} of {1} match(es) · Enter opens · Shift+Enter lists them all</source>
        <translation>
            <numerusform>{0} de {1} resultado · Intro abre · Mayús+Intro los lista todos</numerusform>
            <numerusform>{0} de {1} resultados · Intro abre · Mayús+Intro los lista todos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/global_search.py" line="221"/>
        <source>↑↓ choose · Enter opens · Esc clears</source>
        <translation>↑↓ elegir · Intro abre · Esc borra</translation>
    </message>
    <message>
        <source>{0} of {1} matches · Enter lists them all</source>
        <translation type="obsolete">{0} de {1} resultados · Intro los lista todos</translation>
    </message>
    <message>
        <source>{0} of {1} matches · Enter opens · Shift+Enter lists them all</source>
        <translation type="obsolete">{0} de {1} resultados · Intro abre · Mayús+Intro los lista todos</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../salon_desk/ui/audit/texts.py" line="16"/>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/texts.py" line="16"/>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/texts.py" line="16"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/texts.py" line="17"/>
        <source>Merged</source>
        <translation>Fusionado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/texts.py" line="17"/>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/texts.py" line="18"/>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/texts.py" line="18"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/texts.py" line="19"/>
        <source>Bulk change</source>
        <translation>Cambio en bloque</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/texts.py" line="19"/>
        <source>Forgotten</source>
        <translation>Olvidado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/texts.py" line="20"/>
        <source>Sign-in failed</source>
        <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/texts.py" line="20"/>
        <source>Signed in</source>
        <translation>Inició sesión</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/texts.py" line="21"/>
        <source>Signed out</source>
        <translation>Cerró sesión</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/texts.py" line="31"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/texts.py" line="43"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/texts.py" line="44"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/texts.py" line="45"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/texts.py" line="46"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/texts.py" line="47"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/audit/texts.py" line="50"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/history_tab.py" line="20"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation type="obsolete">Fusión deshecha</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../salon_desk/ui/transfer/history_dialog.py" line="89"/>
        <source>Import history</source>
        <translation>Historial de importaciones</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/history_dialog.py" line="92"/>
        <source>An import can be undone while none of its customers has changed since.</source>
        <translation>Una importación se puede deshacer mientras ninguno de sus clientes haya cambiado desde entonces.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/history_dialog.py" line="109"/>
        <source>Undo import…</source>
        <translation>Deshacer importación…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/history_dialog.py" line="110"/>
        <source>Open rejected rows</source>
        <translation>Abrir filas rechazadas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/history_dialog.py" line="143"/>
        <source>Undo import #{id} of {file}?</source>
        <translation>¿Deshacer la importación n.º {id} de {file}?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/history_dialog.py" line="145"/>
        <source>The %n customer(s) it created will be deleted</source>
        <translation>
            <numerusform>Se eliminará %n cliente que creó</numerusform>
            <numerusform>Se eliminarán los %n clientes que creó</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/history_dialog.py" line="146"/>
        <source>and the %n it filled in restored.</source>
        <translation>
            <numerusform>y se restaurará %n cliente completado.</numerusform>
            <numerusform>y se restaurarán %n clientes completados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/history_dialog.py" line="147"/>
        <location filename="../../salon_desk/ui/transfer/history_dialog.py" line="154"/>
        <location filename="../../salon_desk/ui/transfer/history_dialog.py" line="159"/>
        <source>Undo import</source>
        <translation>Deshacer importación</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/history_dialog.py" line="150"/>
        <source>Undoing the import</source>
        <translation>Deshaciendo la importación</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/history_dialog.py" line="160"/>
        <source>%n customer(s) deleted,</source>
        <translation>
            <numerusform>%n cliente eliminado,</numerusform>
            <numerusform>%n clientes eliminados,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/history_dialog.py" line="161"/>
        <source>%n restored.</source>
        <translation>
            <numerusform>%n restaurado.</numerusform>
            <numerusform>%n restaurados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo import #{id} of {file}? The {n} customers it created will be deleted and the {u} it filled in restored.</source>
        <translation type="obsolete">¿Deshacer la importación n.º {id} de {file}? Se eliminarán los {n} clientes que creó y se restaurarán los {u} que completó.</translation>
    </message>
    <message>
        <source>{0} customers deleted, {1} restored.</source>
        <translation type="obsolete">{0} clientes eliminados, {1} restaurados.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <location filename="../../salon_desk/ui/transfer/history_dialog.py" line="51"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/history_dialog.py" line="51"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/history_dialog.py" line="51"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/history_dialog.py" line="51"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/history_dialog.py" line="51"/>
        <source>Imported</source>
        <translation>Importadas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/history_dialog.py" line="51"/>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/history_dialog.py" line="51"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/history_dialog.py" line="51"/>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/history_dialog.py" line="51"/>
        <source>Updated</source>
        <translation>Actualizadas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/history_dialog.py" line="70"/>
        <source>Undone {0}</source>
        <translation>Deshecha el {0}</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_steps.py" line="37"/>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_steps.py" line="39"/>
        <source>Importing customers…</source>
        <translation>Importando clientes…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_steps.py" line="42"/>
        <source>Cancel import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_steps.py" line="59"/>
        <source>Importing customers… Nothing is saved until the end; Cancel leaves the database as it was.</source>
        <translation>Importando clientes… No se guarda nada hasta el final; Cancelar deja la base de datos como estaba.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_steps.py" line="62"/>
        <source>Importing customers</source>
        <translation>Importando clientes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_steps.py" line="74"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_steps.py" line="92"/>
        <source>The import failed and nothing was written: {0}</source>
        <translation>La importación ha fallado y no se ha guardado nada: {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_steps.py" line="99"/>
        <source>Import cancelled: nothing was written. Go back to change the options, or close.</source>
        <translation>Importación cancelada: no se ha guardado nada. Vuelva atrás para cambiar las opciones o cierre.</translation>
    </message>
    <message>
        <source>Checking rows…</source>
        <translation type="obsolete">Comprobando filas…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="obsolete">Datos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="obsolete">Hecho</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation type="obsolete">Preparando el documento…</translation>
    </message>
    <message>
        <source>Reading rows…</source>
        <translation type="obsolete">Leyendo filas…</translation>
    </message>
    <message>
        <source>Saving customers…</source>
        <translation type="obsolete">Guardando clientes…</translation>
    </message>
    <message>
        <source>Updating customers…</source>
        <translation type="obsolete">Actualizando clientes…</translation>
    </message>
    <message>
        <source>Writing customers…</source>
        <translation type="obsolete">Escribiendo clientes…</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="47"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="47"/>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="49"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="49"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="53"/>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="53"/>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="53"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="54"/>
        <source>Unspecified</source>
        <translation>Sin especificar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="89"/>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="139"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="91"/>
        <source>What will happen</source>
        <translation>Qué pasará</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="92"/>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="92"/>
        <source>Badges</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="92"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="92"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="92"/>
        <source>City</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="92"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="92"/>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="92"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="92"/>
        <source>Discount %</source>
        <translation>Descuento %</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="92"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="92"/>
        <source>External ID</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="92"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="92"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="92"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="92"/>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="92"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="92"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="92"/>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="92"/>
        <source>Region</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="92"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="92"/>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="139"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="139"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/preview_models.py" line="139"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/import_steps.py" line="178"/>
        <source>… and %n more warning(s)</source>
        <translation>
            <numerusform>… y %n aviso más</numerusform>
            <numerusform>… y %n avisos más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="461"/>
        <source>Import customers</source>
        <translation>Importar clientes</translation>
    </message>
</context>
<context>
    <name>KeepPage</name>
    <message>
        <location filename="../../salon_desk/ui/duplicates/merge_dialog.py" line="60"/>
        <source>Step 1 of 2: the record to keep</source>
        <translation>Paso 1 de 2: la ficha que se conserva</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/merge_dialog.py" line="61"/>
        <source>Everything the other records hold (visits, sales, cards, points, notes...) moves to the record you keep. The others stay as links to it, so their old numbers still find the person.</source>
        <translation>Todo lo que tienen las otras fichas (visitas, ventas, tarjetas, puntos, notas...) pasa a la ficha que conserve. Las demás quedan como enlaces a ella, así que sus números antiguos siguen llevando a la persona.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/merge_dialog.py" line="91"/>
        <source>born {0}</source>
        <translation>nacido/a el {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/merge_dialog.py" line="93"/>
        <source>{0}, {1} · customer since {2} · last visit {3}</source>
        <translation>{0}, {1} · cliente desde {2} · última visita {3}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/merge_dialog.py" line="97"/>
        <source>inactive</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/duplicates/merge_dialog.py" line="98"/>
        <source>No contact details</source>
        <translation>Sin datos de contacto</translation>
    </message>
    <message>
        <source>{0} appointments, {1} sales · customer since {2} · last visit {3}</source>
        <translation type="obsolete">{0} citas, {1} ventas · cliente desde {2} · última visita {3}</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../salon_desk/ui/i18n.py" line="46"/>
        <source>en</source>
        <comment>ISO 639 code of the language of this translation (es for Spanish)</comment>
        <translation>es</translation>
    </message>
</context>
<context>
    <name>LoyaltyCardDialog</name>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="185"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="186"/>
        <source>Purchased on</source>
        <translation>Comprado el</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="187"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="188"/>
        <source>Value loaded</source>
        <translation>Saldo cargado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="190"/>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="192"/>
        <source>Discount on services</source>
        <translation>Descuento en servicios</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="193"/>
        <source>Discount on products</source>
        <translation>Descuento en productos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="194"/>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="198"/>
        <source>Charge for the card</source>
        <translation>Precio de la tarjeta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="199"/>
        <source>Paid by</source>
        <translation>Pagado con</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="200"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="227"/>
        <source>The loyalty card was not saved</source>
        <translation>No se ha guardado la tarjeta de fidelidad</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../salon_desk/ui/main_window.py" line="72"/>
        <location filename="../../salon_desk/ui/main_window.py" line="297"/>
        <source>Salon Desk</source>
        <translation>Salon Desk</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/main_window.py" line="101"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/main_window.py" line="129"/>
        <source>&amp;New customer…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/main_window.py" line="130"/>
        <source>Add a customer (Ctrl+N)</source>
        <translation>Añadir un cliente (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/main_window.py" line="131"/>
        <source>&amp;Find customer</source>
        <translation>&amp;Buscar cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/main_window.py" line="135"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/main_window.py" line="137"/>
        <source>Salon details, staff, services, badges… (Ctrl+,)</source>
        <translation>Datos del salón, profesionales, servicios, etiquetas… (Ctrl+,)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/main_window.py" line="139"/>
        <source>Load &amp;demo data…</source>
        <translation>Cargar datos de &amp;demostración…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/main_window.py" line="140"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/main_window.py" line="143"/>
        <source>&amp;Open record</source>
        <translation>&amp;Abrir ficha</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/main_window.py" line="145"/>
        <source>&amp;Edit customer…</source>
        <translation>&amp;Editar cliente…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/main_window.py" line="148"/>
        <source>&amp;About Salon Desk</source>
        <translation>&amp;Acerca de Salon Desk</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/main_window.py" line="150"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/main_window.py" line="153"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/main_window.py" line="176"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/main_window.py" line="177"/>
        <source>&amp;Customers</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/main_window.py" line="178"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/main_window.py" line="179"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/main_window.py" line="195"/>
        <source>Database: {0}</source>
        <translation>Base de datos: {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/main_window.py" line="209"/>
        <source>A part of Salon Desk failed to load: {0}</source>
        <translation>Una parte de Salon Desk no se ha podido cargar: {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/main_window.py" line="283"/>
        <source>&lt;h3&gt;Salon Desk {0}&lt;/h3&gt;&lt;p&gt;The offline front desk of a beauty salon, spa or clinic: customers, their history and their preferences, on this computer.&lt;/p&gt;&lt;p&gt;Database: {1}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Salon Desk {0}&lt;/h3&gt;&lt;p&gt;La recepción sin conexión de un salón de belleza, spa o clínica: los clientes, su historial y sus preferencias, en este ordenador.&lt;/p&gt;&lt;p&gt;Base de datos: {1}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/main_window.py" line="283"/>
        <source>About Salon Desk</source>
        <translation>Acerca de Salon Desk</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/main_window.py" line="296"/>
        <source>{0} — Salon Desk</source>
        <translation>{0} — Salon Desk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/main_window.py" line="310"/>
        <source>{0} of %Ln customer(s)</source>
        <translation>
            <numerusform>{0} de %Ln cliente</numerusform>
            <numerusform>{0} de %Ln clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/main_window.py" line="312"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation type="obsolete">1 cliente</translation>
    </message>
    <message>
        <source>{0} customers</source>
        <translation type="obsolete">{0} clientes</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="190"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="196"/>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="197"/>
        <source>First values</source>
        <translation>Primeros valores</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="197"/>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="208"/>
        <source>Remember this mapping for files with these columns</source>
        <translation>Recordar esta correspondencia para archivos con estas columnas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="227"/>
        <source>— Choose —</source>
        <translation>— Elegir —</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Add to the notes</source>
        <translation>Añadir a las notas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Anniversary</source>
        <translation>Aniversario</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Appointment reminders</source>
        <translation>Recordatorios de citas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Badges</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Birthday greetings</source>
        <translation>Felicitaciones de cumpleaños</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Blocked reason</source>
        <translation>Motivo del bloqueo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>City</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Consent: appointments by SMS</source>
        <translation>Consentimiento: citas por SMS</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Consent: appointments by WhatsApp</source>
        <translation>Consentimiento: citas por WhatsApp</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Consent: appointments by email</source>
        <translation>Consentimiento: citas por email</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Consent: marketing by SMS</source>
        <translation>Consentimiento: publicidad por SMS</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Consent: marketing by WhatsApp</source>
        <translation>Consentimiento: publicidad por WhatsApp</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Consent: marketing by email</source>
        <translation>Consentimiento: publicidad por email</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Discount %</source>
        <translation>Descuento %</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>External ID</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Full name (split into first and last name)</source>
        <translation>Nombre completo (se separa en nombre y apellidos)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Ignore this column</source>
        <translation>Ignorar esta columna</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Marketing messages</source>
        <translation>Mensajes publicitarios</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Other email</source>
        <translation>Otro email</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Other phone</source>
        <translation>Otro teléfono</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Phone (mobile or landline, by the number)</source>
        <translation>Teléfono (móvil o fijo, según el número)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Preferred staff</source>
        <translation>Profesional preferido</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Privacy accepted</source>
        <translation>Privacidad aceptada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Referral source</source>
        <translation>Cómo nos conoció</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Region</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Salutation (Mrs, Mr...)</source>
        <translation>Tratamiento (Sra., Sr....)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="231"/>
        <source>Whole address</source>
        <translation>Dirección completa</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="243"/>
        <source>Say what the highlighted columns are, or ignore them. You can also correct any other column.</source>
        <translation>Indique qué son las columnas resaltadas o ignórelas. También puede corregir cualquier otra columna.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="246"/>
        <source>Every column was recognised. Check them, or correct any.</source>
        <translation>Se han reconocido todas las columnas. Revíselas o corrija la que haga falta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="254"/>
        <source>{known} of %n column(s) will be imported or ignored as shown; {missing} still to choose.</source>
        <translation>
            <numerusform>{known} de %n columna se importará o ignorará como se indica; faltan {missing} por elegir.</numerusform>
            <numerusform>{known} de %n columnas se importarán o ignorarán como se indica; faltan {missing} por elegir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="257"/>
        <source>All %n column(s) ready.</source>
        <translation>
            <numerusform>%n columna lista.</numerusform>
            <numerusform>Las %n columnas están listas.</numerusform>
        </translation>
    </message>
    <message>
        <source>All {total} columns are ready.</source>
        <translation type="obsolete">Las {total} columnas están listas.</translation>
    </message>
    <message>
        <source>{known} of {total} columns will be imported or ignored as shown; {missing} still to choose.</source>
        <translation type="obsolete">{known} de {total} columnas se importarán o ignorarán como se indica; faltan {missing} por elegir.</translation>
    </message>
</context>
<context>
    <name>MergeWizard</name>
    <message>
        <location filename="../../salon_desk/ui/duplicates/merge_dialog.py" line="274"/>
        <source>Merge customers</source>
        <translation>Fusionar clientes</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../salon_desk/ui/messages/audience_view.py" line="114"/>
        <source>Left out</source>
        <translation>Excluido</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/audience_view.py" line="115"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/audience_view.py" line="129"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/audience_view.py" line="133"/>
        <source>Finding who can receive the message</source>
        <translation>Buscando quién puede recibir el mensaje</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/audience_view.py" line="150"/>
        <source>%n customer(s) will receive it</source>
        <translation>
            <numerusform>%n cliente lo recibirá</numerusform>
            <numerusform>%n clientes lo recibirán</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/audience_view.py" line="151"/>
        <source>%n left out</source>
        <translation>
            <numerusform>%n excluido</numerusform>
            <numerusform>%n excluidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/audience_view.py" line="166"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/composer.py" line="62"/>
        <source>Send a message</source>
        <translation>Enviar un mensaje</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/composer.py" line="86"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/composer.py" line="88"/>
        <location filename="../../salon_desk/ui/messages/composer.py" line="417"/>
        <location filename="../../salon_desk/ui/messages/composer.py" line="423"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/composer.py" line="100"/>
        <source>The chosen customers</source>
        <translation>Los clientes elegidos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/composer.py" line="103"/>
        <source>Segment: {0}</source>
        <translation>Segmento: {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/composer.py" line="104"/>
        <source>Send to the customers the window was opened for, or to a saved segment (its rules read again now)</source>
        <translation>Enviar a los clientes para los que se abrió la ventana, o a un segmento guardado (sus reglas se leen de nuevo ahora)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/composer.py" line="135"/>
        <location filename="../../salon_desk/ui/messages/labels.py" line="100"/>
        <location filename="../../salon_desk/ui/messages/outbox.py" line="42"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/composer.py" line="136"/>
        <location filename="../../salon_desk/ui/messages/labels.py" line="101"/>
        <location filename="../../salon_desk/ui/messages/outbox.py" line="40"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/composer.py" line="137"/>
        <location filename="../../salon_desk/ui/messages/labels.py" line="102"/>
        <location filename="../../salon_desk/ui/messages/outbox.py" line="41"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/composer.py" line="138"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/composer.py" line="139"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/composer.py" line="141"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/composer.py" line="147"/>
        <source>Attached</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/composer.py" line="151"/>
        <location filename="../../salon_desk/ui/messages/outbox.py" line="38"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/composer.py" line="158"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/composer.py" line="159"/>
        <source>Schedule for</source>
        <translation>Programar para</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/composer.py" line="182"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/composer.py" line="186"/>
        <source>Previous recipient</source>
        <translation>Destinatario anterior</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/composer.py" line="189"/>
        <source>Next recipient</source>
        <translation>Destinatario siguiente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/composer.py" line="269"/>
        <source>(no template: write the text)</source>
        <translation>(sin plantilla: escriba el texto)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/composer.py" line="310"/>
        <source>Open WhatsApp for %n customer(s)…</source>
        <translation>
            <numerusform>Abrir WhatsApp para %n cliente…</numerusform>
            <numerusform>Abrir WhatsApp para %n clientes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/composer.py" line="312"/>
        <source>Schedule for %n customer(s)</source>
        <translation>
            <numerusform>Programar para %n cliente</numerusform>
            <numerusform>Programar para %n clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/composer.py" line="314"/>
        <source>Send to %n customer(s)</source>
        <translation>
            <numerusform>Enviar a %n cliente</numerusform>
            <numerusform>Enviar a %n clientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/composer.py" line="335"/>
        <source>Nobody to preview: nobody can receive it.</source>
        <translation>Nada que previsualizar: nadie puede recibirlo.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/composer.py" line="340"/>
        <source>{0} &lt;{1}&gt; ({2} of {3})</source>
        <translation>{0} &lt;{1}&gt; ({2} de {3})</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/composer.py" line="390"/>
        <source>Write the text of the message, or choose a template.</source>
        <translation>Escriba el texto del mensaje o elija una plantilla.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/composer.py" line="393"/>
        <source>An email needs a subject.</source>
        <translation>Un correo necesita un asunto.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/composer.py" line="396"/>
        <source>Nobody can receive this message: see who is left out and why.</source>
        <translation>Nadie puede recibir este mensaje: vea quién queda excluido y por qué.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/composer.py" line="403"/>
        <source>Choose a time in the future, or send it now.</source>
        <translation>Elija una hora futura o envíelo ahora.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/composer.py" line="415"/>
        <source>Long SMS</source>
        <translation>SMS largo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/composer.py" line="416"/>
        <source>Each SMS is %n part(s) long.</source>
        <translation>
            <numerusform>Cada SMS ocupa %n parte.</numerusform>
            <numerusform>Cada SMS ocupa %n partes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/composer.py" line="417"/>
        <source>About %n SMS will be sent. Send it?</source>
        <translation>
            <numerusform>Se enviará %n SMS. ¿Enviarlo?</numerusform>
            <numerusform>Se enviarán unos %n SMS. ¿Enviarlo?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/composer.py" line="421"/>
        <source>Send this message to %n customer(s)?</source>
        <translation>
            <numerusform>¿Enviar este mensaje a %n cliente?</numerusform>
            <numerusform>¿Enviar este mensaje a %n clientes?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/composer.py" line="422"/>
        <source>%n customer(s) are left out (listed).</source>
        <translation>
            <numerusform>%n cliente queda excluido (en la lista).</numerusform>
            <numerusform>%n clientes quedan excluidos (en la lista).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/composer.py" line="437"/>
        <source>Queueing the messages…</source>
        <translation>Poniendo los mensajes en cola…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/feature.py" line="76"/>
        <source>The %n ticked customer(s)</source>
        <translation>
            <numerusform>%n cliente marcado</numerusform>
            <numerusform>Los %n clientes marcados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/feature.py" line="82"/>
        <location filename="../../salon_desk/ui/messages/feature.py" line="85"/>
        <source>All %n customer(s) the filter shows</source>
        <translation>
            <numerusform>%n cliente que muestra el filtro</numerusform>
            <numerusform>Los %n clientes que muestra el filtro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/feature.py" line="83"/>
        <source>All %n customer(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>Los %n clientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/feature.py" line="90"/>
        <source>Outbox…</source>
        <translation>Bandeja de salida…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/feature.py" line="91"/>
        <source>Messages waiting, scheduled, sent and failed</source>
        <translation>Mensajes en espera, programados, enviados y fallidos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/feature.py" line="111"/>
        <source>Messages are not going out</source>
        <translation>Los mensajes no están saliendo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/feature.py" line="126"/>
        <source>Click to open the outbox.</source>
        <translation>Pulse para abrir la bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/feature.py" line="166"/>
        <source>Email a document</source>
        <translation>Enviar un documento por correo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/feature.py" line="171"/>
        <source>This customer has no tickets.</source>
        <translation>Este cliente no tiene tiques.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/feature.py" line="172"/>
        <source>This customer has no budgets.</source>
        <translation>Este cliente no tiene presupuestos.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/feature.py" line="174"/>
        <source>Which ticket?</source>
        <translation>¿Qué tique?</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/feature.py" line="175"/>
        <source>Which budget?</source>
        <translation>¿Qué presupuesto?</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/feature.py" line="180"/>
        <source>This customer has no pending appointments.</source>
        <translation>Este cliente no tiene citas pendientes.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/feature.py" line="182"/>
        <source>Preparing the document…</source>
        <translation>Preparando el documento…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/feature.py" line="199"/>
        <source>Your ticket {0}</source>
        <translation>Su tique {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/feature.py" line="200"/>
        <source>Hello {first_name},

Your ticket is attached. Thank you for your visit!

{salon_name}</source>
        <translation>Hola, {first_name}:

Le adjuntamos su tique. ¡Gracias por su visita!

{salon_name}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/feature.py" line="203"/>
        <source>Your budget {0}</source>
        <translation>Su presupuesto {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/feature.py" line="204"/>
        <source>Hello {first_name},

The budget we talked about is attached. Any question, call us at {salon_phone}.

{salon_name}</source>
        <translation>Hola, {first_name}:

Le adjuntamos el presupuesto del que hablamos. Para cualquier duda, llámenos al {salon_phone}.

{salon_name}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/feature.py" line="206"/>
        <source>Your appointments</source>
        <translation>Sus citas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/feature.py" line="207"/>
        <source>Hello {first_name},

Your next appointments are attached. See you soon!

{salon_name}</source>
        <translation>Hola, {first_name}:

Le adjuntamos sus próximas citas. ¡Hasta pronto!

{salon_name}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/feature.py" line="221"/>
        <source>Send message…</source>
        <translation>Enviar mensaje…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/feature.py" line="223"/>
        <source>Send or schedule an email, SMS or WhatsApp to this customer</source>
        <translation>Enviar o programar un correo, SMS o WhatsApp a este cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/feature.py" line="232"/>
        <source>Send a message…</source>
        <translation>Enviar un mensaje…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/feature.py" line="234"/>
        <source>Email the ticket…</source>
        <translation>Enviar el tique por correo…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/feature.py" line="235"/>
        <source>Email the budget…</source>
        <translation>Enviar el presupuesto por correo…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/feature.py" line="236"/>
        <source>Email the pending appointments…</source>
        <translation>Enviar las citas pendientes por correo…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/fields.py" line="20"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/fields.py" line="20"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/fields.py" line="26"/>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/fields.py" line="27"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n carácter</numerusform>
            <numerusform>%n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/fields.py" line="28"/>
        <source>%n SMS</source>
        <translation>
            <numerusform>%n SMS</numerusform>
            <numerusform>%n SMS</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/fields.py" line="38"/>
        <source>Insert field</source>
        <translation>Insertar campo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/labels.py" line="31"/>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/labels.py" line="31"/>
        <location filename="../../salon_desk/ui/messages/labels.py" line="36"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/labels.py" line="31"/>
        <source>Phone call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/labels.py" line="36"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/labels.py" line="40"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/labels.py" line="40"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/labels.py" line="40"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/labels.py" line="44"/>
        <source>Appointment information</source>
        <translation>Información de citas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/labels.py" line="45"/>
        <source>Promotions and offers</source>
        <translation>Promociones y ofertas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/labels.py" line="50"/>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/labels.py" line="50"/>
        <source>Waiting to be sent</source>
        <translation>En espera de envío</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/labels.py" line="51"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/labels.py" line="51"/>
        <source>Sending</source>
        <translation>Enviándose</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/labels.py" line="51"/>
        <location filename="../../salon_desk/ui/messages/labels.py" line="105"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/labels.py" line="52"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/labels.py" line="52"/>
        <source>Unknown, check</source>
        <translation>Desconocido, compruébelo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/labels.py" line="53"/>
        <source>Logged</source>
        <translation>Anotado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/labels.py" line="57"/>
        <source>Appointment reminder</source>
        <translation>Recordatorio de cita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/labels.py" line="57"/>
        <source>Written by staff</source>
        <translation>Escrito por el personal</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/labels.py" line="58"/>
        <source>Anniversary greeting</source>
        <translation>Felicitación de aniversario</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/labels.py" line="58"/>
        <source>Birthday greeting</source>
        <translation>Felicitación de cumpleaños</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/labels.py" line="103"/>
        <location filename="../../salon_desk/ui/messages/outbox.py" line="44"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/labels.py" line="104"/>
        <source>Due</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/labels.py" line="106"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/labels.py" line="107"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/labels.py" line="108"/>
        <location filename="../../salon_desk/ui/messages/outbox.py" line="47"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/outbox.py" line="39"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/outbox.py" line="43"/>
        <source>Subject / text</source>
        <translation>Asunto / texto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/outbox.py" line="46"/>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/outbox.py" line="59"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/outbox.py" line="65"/>
        <source>All messages</source>
        <translation>Todos los mensajes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/outbox.py" line="67"/>
        <source>Send what is due now</source>
        <translation>Enviar ahora lo pendiente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/outbox.py" line="68"/>
        <source>The app also sends every minute while it is open</source>
        <translation>La aplicación también envía cada minuto mientras está abierta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/outbox.py" line="72"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/outbox.py" line="77"/>
        <source>Stop sending</source>
        <translation>Detener el envío</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/outbox.py" line="78"/>
        <source>The message being sent is finished; the rest waits for the next run</source>
        <translation>El mensaje que se está enviando se termina; el resto espera al siguiente envío</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/outbox.py" line="108"/>
        <source>Cancel message</source>
        <translation>Cancelar mensaje</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/outbox.py" line="110"/>
        <source>Send again</source>
        <translation>Volver a enviar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/outbox.py" line="112"/>
        <source>Mark as sent</source>
        <translation>Marcar como enviado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/outbox.py" line="113"/>
        <source>It did reach the customer (checked with them or in the mailbox&apos;s sent folder)</source>
        <translation>Sí llegó al cliente (comprobado con él o en la carpeta de enviados del correo)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/outbox.py" line="116"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/outbox.py" line="141"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/messages/outbox.py" line="178"/>
        <source>Sending: {0} of %n message(s)…</source>
        <translation>
            <numerusform>Enviando: {0} de %n mensaje…</numerusform>
            <numerusform>Enviando: {0} de %n mensajes…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/outbox.py" line="179"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/outbox.py" line="191"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/outbox.py" line="206"/>
        <source>Enter the email password…</source>
        <translation>Escribir la contraseña del correo…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/outbox.py" line="207"/>
        <source>Enter the SMS key…</source>
        <translation>Escribir la clave de SMS…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/outbox.py" line="217"/>
        <source>The email account&apos;s password (kept only while Salon Desk is open):</source>
        <translation>La contraseña de la cuenta de correo (se guarda solo mientras Salon Desk está abierto):</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/outbox.py" line="219"/>
        <source>The SMS provider&apos;s key (kept only while Salon Desk is open):</source>
        <translation>La clave del proveedor de SMS (se guarda solo mientras Salon Desk está abierto):</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/whatsapp.py" line="54"/>
        <source>Send by WhatsApp</source>
        <translation>Enviar por WhatsApp</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/whatsapp.py" line="66"/>
        <source>WhatsApp opens in the browser with the text written: press send there, then come back for the next customer.</source>
        <translation>WhatsApp se abre en el navegador con el texto escrito: pulse enviar allí y vuelva para el siguiente cliente.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/whatsapp.py" line="72"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/whatsapp.py" line="74"/>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/whatsapp.py" line="76"/>
        <location filename="../../salon_desk/ui/messages/whatsapp.py" line="96"/>
        <source>Open WhatsApp</source>
        <translation>Abrir WhatsApp</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/whatsapp.py" line="92"/>
        <source>Customer {0} of {1}</source>
        <translation>Cliente {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/whatsapp.py" line="97"/>
        <source>Open WhatsApp, then next</source>
        <translation>Abrir WhatsApp y pasar al siguiente</translation>
    </message>
    <message>
        <source>Each SMS is {0} parts long: about {1} SMS for {2} customers. Send it?</source>
        <translation type="obsolete">Cada SMS ocupa {0} partes: unos {1} SMS para {2} clientes. ¿Enviarlo?</translation>
    </message>
</context>
<context>
    <name>MessagesSettings</name>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="62"/>
        <source>no password store on this computer</source>
        <translation>este equipo no tiene almacén de contraseñas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="63"/>
        <source>This computer has no password store (keyring): the app asks for it when sending and never writes it to a file.</source>
        <translation>Este equipo no tiene almacén de contraseñas (keyring): la aplicación la pide al enviar y nunca la escribe en un archivo.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="67"/>
        <source>stored in the system&apos;s password store</source>
        <translation>guardada en el almacén de contraseñas del sistema</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="68"/>
        <source>not stored yet</source>
        <translation>aún no guardada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="69"/>
        <source>Kept in the system&apos;s password store, never in the database. Leave empty to keep the one stored.</source>
        <translation>Se guarda en el almacén de contraseñas del sistema, nunca en la base de datos. Déjelo vacío para conservar la guardada.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="111"/>
        <source>Email server (SMTP)</source>
        <translation>Servidor de correo (SMTP)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="119"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalmente puerto 587)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="120"/>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (normalmente puerto 465)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="121"/>
        <source>None (not encrypted)</source>
        <translation>Ninguna (sin cifrar)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="130"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="131"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="132"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="133"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="134"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="136"/>
        <source>Sender address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="137"/>
        <source>Emails go out with the salon&apos;s name as the sender.</source>
        <translation>Los correos salen con el nombre del salón como remitente.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="141"/>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="200"/>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="213"/>
        <source>Send a test email</source>
        <translation>Enviar un correo de prueba</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="142"/>
        <source>Connect with the details above (not saved yet) and send an email to the sender address</source>
        <translation>Conectar con los datos de arriba (aún sin guardar) y enviar un correo a la dirección del remitente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="153"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="189"/>
        <source>Fill in the server and the sender address first.</source>
        <translation>Rellene primero el servidor y la dirección del remitente.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="191"/>
        <source>Salon Desk test email</source>
        <translation>Correo de prueba de Salon Desk</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="192"/>
        <source>This email was sent by Salon Desk to check the email settings. They work.</source>
        <translation>Salon Desk envió este correo para comprobar la configuración del correo. Funciona.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="198"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="203"/>
        <source>The test email was sent to {0}.</source>
        <translation>El correo de prueba se envió a {0}.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="225"/>
        <source>SMS provider</source>
        <translation>Proveedor de SMS</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="230"/>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="236"/>
        <source>+34600000000 or a name such as MYSALON</source>
        <translation>+34600000000 o un nombre como MISALON</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="238"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="239"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="240"/>
        <source>API key (auth token)</source>
        <translation>Clave de la API (auth token)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="242"/>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="243"/>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="244"/>
        <source>Leave the API address as it is unless the provider gave you another one.</source>
        <translation>Deje la dirección de la API como está salvo que el proveedor le haya dado otra.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="250"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="276"/>
        <source>Appointment reminders</source>
        <translation>Recordatorios de citas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="278"/>
        <source>Remind customers of their appointments</source>
        <translation>Recordar sus citas a los clientes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="279"/>
        <source> hours before</source>
        <translation> horas antes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="282"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="284"/>
        <source>Greetings</source>
        <translation>Felicitaciones</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="286"/>
        <source>Wish customers a happy birthday on the day</source>
        <translation>Felicitar a los clientes el día de su cumpleaños</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="288"/>
        <source>Greet customers on their anniversary (the date on their record)</source>
        <translation>Felicitar a los clientes en su aniversario (la fecha de su ficha)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="292"/>
        <source>Only customers who accept birthday greetings and gave their consent for that channel receive them.</source>
        <translation>Solo las reciben los clientes que aceptan felicitaciones de cumpleaños y dieron su consentimiento para ese canal.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="295"/>
        <source>Sending</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="297"/>
        <source> per minute</source>
        <translation> por minuto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="298"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="299"/>
        <source> SMS parts</source>
        <translation> partes de SMS</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="301"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="301"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="302"/>
        <source>The app&apos;s language</source>
        <translation>El idioma de la aplicación</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="303"/>
        <source>Send at most</source>
        <translation>Enviar como mucho</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="304"/>
        <source>Warn before sending an SMS of at least</source>
        <translation>Avisar antes de enviar un SMS de al menos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="305"/>
        <source>Language of the messages</source>
        <translation>Idioma de los mensajes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="317"/>
        <source>Send by</source>
        <translation>Enviar por</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="318"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="322"/>
        <source>Automatic messages</source>
        <translation>Mensajes automáticos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/settings_pages.py" line="329"/>
        <source>The built-in one</source>
        <translation>La incluida</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/templates_page.py" line="51"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/templates_page.py" line="53"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/templates_page.py" line="64"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/templates_page.py" line="64"/>
        <location filename="../../salon_desk/ui/messages/templates_page.py" line="217"/>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/templates_page.py" line="66"/>
        <location filename="../../salon_desk/ui/messages/templates_page.py" line="147"/>
        <location filename="../../salon_desk/ui/messages/templates_page.py" line="163"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/templates_page.py" line="89"/>
        <source>Offered in the composer</source>
        <translation>Ofrecida al redactar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/templates_page.py" line="90"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/templates_page.py" line="91"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/templates_page.py" line="92"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/templates_page.py" line="93"/>
        <source>Used for</source>
        <translation>Se usa para</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/templates_page.py" line="114"/>
        <source>Fields in braces are filled in for each customer; one with no value (no appointment, no points) is left out.</source>
        <translation>Los campos entre llaves se rellenan para cada cliente; uno sin valor (sin cita, sin puntos) se omite.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/templates_page.py" line="120"/>
        <source>Message templates</source>
        <translation>Plantillas de mensajes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/templates_page.py" line="182"/>
        <source>A built-in template can be changed but not deleted: the automatic messages fall back on it</source>
        <translation>Una plantilla incluida se puede cambiar pero no eliminar: los mensajes automáticos recurren a ella</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/templates_page.py" line="223"/>
        <source>Delete template</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/templates_page.py" line="224"/>
        <source>Delete the template “{0}”? Messages already sent with it keep their text.</source>
        <translation>¿Eliminar la plantilla «{0}»? Los mensajes ya enviados con ella conservan su texto.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/messages/templates_page.py" line="225"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../salon_desk/ui/widgets/partial_date.py" line="157"/>
        <source>Clear the date</source>
        <translation>Borrar la fecha</translation>
    </message>
</context>
<context>
    <name>Overlap</name>
    <message>
        <location filename="../../salon_desk/ui/overlap.py" line="40"/>
        <source>another appointment</source>
        <translation>otra cita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/overlap.py" line="42"/>
        <source>{0} with {1}, {2}</source>
        <translation>{0} con {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/overlap.py" line="45"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/overlap.py" line="47"/>
        <source>{0} is already booked at the time of some of these sessions: {1}.</source>
        <translation>{0} ya tiene cita a la hora de alguna de estas sesiones: {1}.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/overlap.py" line="49"/>
        <source>{0} is already booked at this time: {1}.</source>
        <translation>{0} ya tiene cita a esta hora: {1}.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/overlap.py" line="52"/>
        <source>Book both only on purpose, for example two services at once with two staff members.</source>
        <translation>Dé las dos citas solo a propósito, por ejemplo dos servicios a la vez con dos profesionales.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/overlap.py" line="59"/>
        <source>Overlapping appointments</source>
        <translation>Citas que se solapan</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/overlap.py" line="61"/>
        <source>Book anyway</source>
        <translation>Dar la cita igualmente</translation>
    </message>
</context>
<context>
    <name>PackageItemsEditor</name>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="244"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="244"/>
        <source>Service or product</source>
        <translation>Servicio o producto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="253"/>
        <source>Add line</source>
        <translation>Añadir línea</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="255"/>
        <source>Remove line</source>
        <translation>Quitar línea</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="265"/>
        <source>{0} (product)</source>
        <translation>{0} (producto)</translation>
    </message>
</context>
<context>
    <name>PackagesPage</name>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="321"/>
        <source>Packages</source>
        <translation>Packs</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="324"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="325"/>
        <source>Price ({0})</source>
        <translation>Precio ({0})</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="326"/>
        <source>Valid for</source>
        <translation>Válido para</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="327"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="328"/>
        <source>No expiry</source>
        <translation>Sin caducidad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="329"/>
        <source>On sale</source>
        <translation>A la venta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="329"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="330"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="331"/>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="376"/>
        <source>New package</source>
        <translation>Nuevo pack</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../salon_desk/ui/widgets/partial_date.py" line="67"/>
        <location filename="../../salon_desk/ui/widgets/partial_date.py" line="68"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/widgets/partial_date.py" line="71"/>
        <location filename="../../salon_desk/ui/widgets/partial_date.py" line="72"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/widgets/partial_date.py" line="79"/>
        <source>Year unknown</source>
        <translation>Año desconocido</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/widgets/partial_date.py" line="80"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/widgets/partial_date.py" line="85"/>
        <source>Clear the date</source>
        <translation>Borrar la fecha</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/widgets/partial_date.py" line="120"/>
        <source>The year {0} is in the future</source>
        <translation>El año {0} aún no ha llegado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/widgets/partial_date.py" line="123"/>
        <source>The year {0} is too long ago</source>
        <translation>El año {0} es demasiado antiguo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/widgets/partial_date.py" line="127"/>
        <source>That month has no day {0}</source>
        <translation>Ese mes no tiene día {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/widgets/partial_date.py" line="129"/>
        <source>This date is in the future</source>
        <translation>Esta fecha es futura</translation>
    </message>
</context>
<context>
    <name>PayDebtDialog</name>
    <message>
        <location filename="../../salon_desk/ui/visits/debt_dialogs.py" line="36"/>
        <source>Pay a debt</source>
        <translation>Pagar una deuda</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/debt_dialogs.py" line="39"/>
        <source>ticket {0}</source>
        <translation>ticket {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/debt_dialogs.py" line="41"/>
        <source>Debt</source>
        <translation>Deuda</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/debt_dialogs.py" line="45"/>
        <source>Left to pay</source>
        <translation>Pendiente de pago</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/debt_dialogs.py" line="52"/>
        <source>e.g. paid the rest at the next visit</source>
        <translation>p. ej. pagó el resto en la siguiente visita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/debt_dialogs.py" line="54"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/debt_dialogs.py" line="55"/>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/debt_dialogs.py" line="56"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/debt_dialogs.py" line="58"/>
        <source>Pay</source>
        <translation>Pagar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/debt_dialogs.py" line="64"/>
        <source>The payment was not recorded</source>
        <translation>No se ha registrado el pago</translation>
    </message>
</context>
<context>
    <name>PhoneEdit</name>
    <message>
        <location filename="../../salon_desk/ui/widgets/phone_edit.py" line="27"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <location filename="../../salon_desk/ui/widgets/photo_picker.py" line="38"/>
        <source>Choose photo…</source>
        <translation>Elegir foto…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/widgets/photo_picker.py" line="40"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/widgets/photo_picker.py" line="66"/>
        <source>Choose the customer&apos;s photo</source>
        <translation>Elegir la foto del cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/widgets/photo_picker.py" line="67"/>
        <source>Images ({0})</source>
        <translation>Imágenes ({0})</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/widgets/photo_picker.py" line="74"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
</context>
<context>
    <name>PointsDialog</name>
    <message>
        <location filename="../../salon_desk/ui/visits/points_dialog.py" line="34"/>
        <source>Add points</source>
        <translation>Añadir puntos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/points_dialog.py" line="34"/>
        <source>Remove points</source>
        <translation>Quitar puntos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/points_dialog.py" line="37"/>
        <source>Points now</source>
        <translation>Puntos actuales</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/points_dialog.py" line="50"/>
        <source>Why (shown in the ledger)</source>
        <translation>Motivo (se muestra en el historial de puntos)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/points_dialog.py" line="52"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/points_dialog.py" line="53"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/points_dialog.py" line="54"/>
        <source>Done by</source>
        <translation>Realizada por</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/points_dialog.py" line="55"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/points_dialog.py" line="64"/>
        <source>The points were not changed</source>
        <translation>No se han cambiado los puntos</translation>
    </message>
</context>
<context>
    <name>PointsTab</name>
    <message>
        <location filename="../../salon_desk/ui/record/points_tab.py" line="66"/>
        <source>Add points…</source>
        <translation>Añadir puntos…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/points_tab.py" line="67"/>
        <source>Remove points…</source>
        <translation>Quitar puntos…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/points_tab.py" line="74"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/points_tab.py" line="78"/>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/points_tab.py" line="83"/>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/points_tab.py" line="84"/>
        <source>Clear</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/points_tab.py" line="87"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/points_tab.py" line="90"/>
        <source>Action:</source>
        <translation>Acción:</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/points_tab.py" line="92"/>
        <source>Points:</source>
        <translation>Puntos:</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/points_tab.py" line="100"/>
        <source>No points movements found</source>
        <translation>No se han encontrado movimientos de puntos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/points_tab.py" line="120"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/points_tab.py" line="129"/>
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln punto</numerusform>
            <numerusform>%Ln puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/points_tab.py" line="131"/>
        <source>%n point(s) per currency unit spent</source>
        <translation>
            <numerusform>%n punto por unidad de moneda gastada</numerusform>
            <numerusform>%n puntos por unidad de moneda gastada</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/points_tab.py" line="132"/>
        <source>{0} points per currency unit spent</source>
        <translation>{0} puntos por unidad de moneda gastada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/points_tab.py" line="134"/>
        <source>Rule: {0}; one point is worth {1} when paying.</source>
        <translation>Regla: {0}; al pagar, un punto vale {1}.</translation>
    </message>
    <message>
        <source>Rule: {0} point(s) per currency unit spent; one point is worth {1} cents when paying.</source>
        <translation type="obsolete">Regla: {0} punto(s) por unidad de moneda gastada; al pagar, un punto vale {1} céntimos.</translation>
    </message>
    <message>
        <source>{0} points</source>
        <translation type="obsolete">{0} puntos</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="324"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="325"/>
        <source>Nothing has been written yet. This is what the import will do.</source>
        <translation>Todavía no se ha guardado nada. Esto es lo que hará la importación.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="327"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="348"/>
        <source>Rows as they will be saved</source>
        <translation>Filas tal como se guardarán</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="349"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="350"/>
        <source>Duplicates in the file</source>
        <translation>Duplicados en el archivo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="351"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="373"/>
        <source>Checking every row…</source>
        <translation>Comprobando cada fila…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="378"/>
        <source>Checking the rows</source>
        <translation>Comprobando las filas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Add to the notes</source>
        <translation>Añadir a las notas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Anniversary</source>
        <translation>Aniversario</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Appointment reminders</source>
        <translation>Recordatorios de citas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Badges</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Birthday greetings</source>
        <translation>Felicitaciones de cumpleaños</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Blocked reason</source>
        <translation>Motivo del bloqueo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>City</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Consent: appointments by SMS</source>
        <translation>Consentimiento: citas por SMS</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Consent: appointments by WhatsApp</source>
        <translation>Consentimiento: citas por WhatsApp</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Consent: appointments by email</source>
        <translation>Consentimiento: citas por email</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Consent: marketing by SMS</source>
        <translation>Consentimiento: publicidad por SMS</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Consent: marketing by WhatsApp</source>
        <translation>Consentimiento: publicidad por WhatsApp</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Consent: marketing by email</source>
        <translation>Consentimiento: publicidad por email</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Discount %</source>
        <translation>Descuento %</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>External ID</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Full name (split into first and last name)</source>
        <translation>Nombre completo (se separa en nombre y apellidos)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Ignore this column</source>
        <translation>Ignorar esta columna</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Marketing messages</source>
        <translation>Mensajes publicitarios</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Other email</source>
        <translation>Otro email</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Other phone</source>
        <translation>Otro teléfono</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Phone (mobile or landline, by the number)</source>
        <translation>Teléfono (móvil o fijo, según el número)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Preferred staff</source>
        <translation>Profesional preferido</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Privacy accepted</source>
        <translation>Privacidad aceptada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Referral source</source>
        <translation>Cómo nos conoció</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Region</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Salutation (Mrs, Mr...)</source>
        <translation>Tratamiento (Sra., Sr....)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="397"/>
        <source>Whole address</source>
        <translation>Dirección completa</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="407"/>
        <source>Problems ({0})</source>
        <translation>Problemas ({0})</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="408"/>
        <source>Duplicates in the file ({0})</source>
        <translation>Duplicados en el archivo ({0})</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="411"/>
        <source>Columns ({0} imported)</source>
        <translation>Columnas ({0} importadas)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="417"/>
        <source>will be skipped</source>
        <translation>se omitirán</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="418"/>
        <source>will fill their empty fields</source>
        <translation>completarán sus campos vacíos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="419"/>
        <source>will be imported as new customers</source>
        <translation>se importarán como clientes nuevos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="420"/>
        <source>&lt;b&gt;{rows}&lt;/b&gt; row(s):</source>
        <translation>
            <numerusform>&lt;b&gt;{rows}&lt;/b&gt; fila:</numerusform>
            <numerusform>&lt;b&gt;{rows}&lt;/b&gt; filas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="421"/>
        <source>&lt;b&gt;{new}&lt;/b&gt; new customer(s)</source>
        <translation>
            <numerusform>&lt;b&gt;{new}&lt;/b&gt; cliente nuevo</numerusform>
            <numerusform>&lt;b&gt;{new}&lt;/b&gt; clientes nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="424"/>
        <source>{n} match(es) customers already here and {action}</source>
        <translation>
            <numerusform>{n} coincide con un cliente existente y {action}</numerusform>
            <numerusform>{n} coinciden con clientes existentes y {action}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="428"/>
        <source>kept in the notes</source>
        <translation>se guardan en las notas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="429"/>
        <source>rejected</source>
        <translation>se rechazan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="430"/>
        <source>{n} with values that cannot be read ({what})</source>
        <translation>
            <numerusform>{n} con valores que no se pueden leer ({what})</numerusform>
            <numerusform>{n} con valores que no se pueden leer ({what})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="434"/>
        <source>{n} will be rejected</source>
        <translation>
            <numerusform>{n} se rechazará</numerusform>
            <numerusform>{n} se rechazarán</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="437"/>
        <source>{n} repeat(s) an earlier row of the file</source>
        <translation>
            <numerusform>{n} repite una fila anterior del archivo</numerusform>
            <numerusform>{n} repiten una fila anterior del archivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="441"/>
        <source>{n} with a value guessed or cleaned on the way (kept, with the “Check import” badge)</source>
        <translation>
            <numerusform>{n} con un valor deducido o limpiado por el camino (se guarda, con la etiqueta «Revisar importación»)</numerusform>
            <numerusform>{n} con un valor deducido o limpiado por el camino (se guarda, con la etiqueta «Revisar importación»)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_wizard.py" line="445"/>
        <source>the template&apos;s example row is skipped</source>
        <translation>se omite la fila de ejemplo de la plantilla</translation>
    </message>
    <message>
        <source>&lt;b&gt;{rows}&lt;/b&gt; rows: &lt;b&gt;{new}&lt;/b&gt; new customers</source>
        <translation type="obsolete">&lt;b&gt;{rows}&lt;/b&gt; filas: &lt;b&gt;{new}&lt;/b&gt; clientes nuevos</translation>
    </message>
    <message>
        <source>{n} have values that cannot be read ({what})</source>
        <translation type="obsolete">{n} tienen valores que no se pueden leer ({what})</translation>
    </message>
    <message>
        <source>{n} match customers already here and {action}</source>
        <translation type="obsolete">{n} coinciden con clientes existentes y {action}</translation>
    </message>
    <message>
        <source>{n} repeat an earlier row of the file</source>
        <translation type="obsolete">{n} repiten una fila anterior del archivo</translation>
    </message>
</context>
<context>
    <name>PrintedDocument</name>
    <message>
        <location filename="../../salon_desk/services/printing/appointments.py" line="35"/>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/appointments.py" line="35"/>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/appointments.py" line="35"/>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/appointments.py" line="35"/>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/appointments.py" line="35"/>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/appointments.py" line="36"/>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/appointments.py" line="36"/>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/appointments.py" line="72"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/appointments.py" line="81"/>
        <location filename="../../salon_desk/services/printing/appointments.py" line="131"/>
        <location filename="../../salon_desk/services/printing/budget.py" line="119"/>
        <location filename="../../salon_desk/services/printing/budget.py" line="174"/>
        <location filename="../../salon_desk/services/printing/customer_list.py" line="47"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="97"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="252"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="266"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="291"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="334"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="358"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="371"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="399"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="418"/>
        <location filename="../../salon_desk/services/printing/ticket.py" line="253"/>
        <location filename="../../salon_desk/services/printing/ticket.py" line="337"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/appointments.py" line="81"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="266"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/appointments.py" line="81"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="266"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/appointments.py" line="81"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="266"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/appointments.py" line="81"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="266"/>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/appointments.py" line="83"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="266"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/appointments.py" line="129"/>
        <source>Your appointments</source>
        <translation>Sus citas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/appointments.py" line="130"/>
        <location filename="../../salon_desk/services/printing/cancellation.py" line="97"/>
        <location filename="../../salon_desk/services/printing/ticket.py" line="257"/>
        <location filename="../../salon_desk/services/printing/ticket.py" line="343"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/appointments.py" line="135"/>
        <source>Dear {name}, these are your upcoming appointments at {salon}:</source>
        <translation>Estimado/a {name}, estas son sus próximas citas en {salon}:</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/appointments.py" line="140"/>
        <source>Dear {name}, you have no upcoming appointments at {salon}.</source>
        <translation>Estimado/a {name}, no tiene próximas citas en {salon}.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/appointments.py" line="148"/>
        <source>How to reach us</source>
        <translation>Cómo contactar con nosotros</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/appointments.py" line="150"/>
        <source>Cancellation policy</source>
        <translation>Política de cancelación</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/appointments.py" line="153"/>
        <source>Appointments of {name}</source>
        <translation>Citas de {name}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/budget.py" line="119"/>
        <location filename="../../salon_desk/services/printing/ticket.py" line="337"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/budget.py" line="121"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="371"/>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/budget.py" line="122"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/budget.py" line="125"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/budget.py" line="130"/>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/budget.py" line="133"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="384"/>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/budget.py" line="133"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="385"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/budget.py" line="142"/>
        <location filename="../../salon_desk/services/printing/cancellation.py" line="146"/>
        <location filename="../../salon_desk/services/printing/cancellation.py" line="174"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="252"/>
        <location filename="../../salon_desk/services/printing/ticket.py" line="271"/>
        <location filename="../../salon_desk/services/printing/ticket.py" line="349"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/budget.py" line="142"/>
        <location filename="../../salon_desk/services/printing/ticket.py" line="271"/>
        <location filename="../../salon_desk/services/printing/ticket.py" line="349"/>
        <source>Disc.</source>
        <translation>Dto.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/budget.py" line="142"/>
        <location filename="../../salon_desk/services/printing/cancellation.py" line="174"/>
        <location filename="../../salon_desk/services/printing/ticket.py" line="349"/>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/budget.py" line="142"/>
        <source>Treatment or product</source>
        <translation>Tratamiento o producto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/budget.py" line="142"/>
        <location filename="../../salon_desk/services/printing/ticket.py" line="349"/>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/budget.py" line="153"/>
        <location filename="../../salon_desk/services/printing/ticket.py" line="180"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/budget.py" line="154"/>
        <location filename="../../salon_desk/services/printing/ticket.py" line="182"/>
        <source>Discounts</source>
        <translation>Descuentos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/budget.py" line="155"/>
        <source>incl.</source>
        <translation>incl.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/budget.py" line="155"/>
        <source>on</source>
        <translation>sobre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/budget.py" line="159"/>
        <location filename="../../salon_desk/services/printing/ticket.py" line="185"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/budget.py" line="172"/>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/budget.py" line="174"/>
        <source>Accepted by the customer (signature)</source>
        <translation>Aceptado por el cliente (firma)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/budget.py" line="182"/>
        <source>Budget {code}</source>
        <translation>Presupuesto {code}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/cancellation.py" line="91"/>
        <source>Cancels ticket</source>
        <translation>Anula el ticket</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/cancellation.py" line="91"/>
        <source>Ticket date</source>
        <translation>Fecha del ticket</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/cancellation.py" line="93"/>
        <source>Cancelled on</source>
        <translation>Anulado el</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/cancellation.py" line="95"/>
        <source>Cancelled by</source>
        <translation>Anulado por</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/cancellation.py" line="103"/>
        <source>Total cancelled</source>
        <translation>Total anulado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/cancellation.py" line="106"/>
        <source>Given back: {method}</source>
        <translation>Devuelto: {method}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/cancellation.py" line="109"/>
        <source>Voucher sessions given back</source>
        <translation>Sesiones de bono devueltas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/cancellation.py" line="111"/>
        <source>Given back to the prepaid card</source>
        <translation>Devuelto a la tarjeta prepago</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/cancellation.py" line="113"/>
        <source>Given back to the loyalty card</source>
        <translation>Devuelto a la tarjeta de fidelidad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/cancellation.py" line="115"/>
        <source>Points given back</source>
        <translation>Puntos devueltos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/cancellation.py" line="117"/>
        <source>Points earned taken back</source>
        <translation>Puntos ganados retirados</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/cancellation.py" line="119"/>
        <source>Debt closed (no longer owed)</source>
        <translation>Deuda cerrada (ya no se debe)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/cancellation.py" line="126"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="334"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/cancellation.py" line="135"/>
        <source>CANCELLATION</source>
        <translation>ANULACIÓN</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/cancellation.py" line="146"/>
        <location filename="../../salon_desk/services/printing/cancellation.py" line="174"/>
        <source>Items cancelled</source>
        <translation>Artículos anulados</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/cancellation.py" line="160"/>
        <source>This receipt cancels ticket {number}.</source>
        <translation>Este justificante anula el ticket {number}.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/cancellation.py" line="169"/>
        <source>Cancellation</source>
        <translation>Anulación</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/cancellation.py" line="179"/>
        <location filename="../../salon_desk/services/printing/cancellation.py" line="188"/>
        <source>Cancellation of ticket {number}</source>
        <translation>Anulación del ticket {number}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/common.py" line="122"/>
        <source>If you cannot come, please let us know at least 24 hours in advance so that we can offer your time to another customer. Appointments cancelled later, or missed, may be charged.</source>
        <translation>Si no puede venir, avísenos con al menos 24 horas de antelación para que podamos ofrecer su hora a otro cliente. Las citas anuladas más tarde, o a las que no se acuda, podrán cobrarse.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/common.py" line="122"/>
        <source>Prices include taxes. This quote is valid until the date shown above. Treatments are scheduled once the quote is accepted; results may vary from person to person.</source>
        <translation>Los precios incluyen impuestos. Este presupuesto es válido hasta la fecha indicada arriba. Los tratamientos se programan una vez aceptado el presupuesto; los resultados pueden variar de una persona a otra.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/common.py" line="122"/>
        <source>Thank you for your visit!</source>
        <translation>¡Gracias por su visita!</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/common.py" line="122"/>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/common.py" line="364"/>
        <source>Printed on {date}</source>
        <translation>Impreso el {date}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/common.py" line="392"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/common.py" line="431"/>
        <location filename="../../salon_desk/services/printing/common.py" line="487"/>
        <source>Tax ID: {tax_id}</source>
        <translation>NIF: {tax_id}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/customer_list.py" line="44"/>
        <source>Customer list</source>
        <translation>Lista de clientes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/customer_list.py" line="46"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/customer_list.py" line="49"/>
        <location filename="../../salon_desk/services/printing/summary_data.py" line="221"/>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/customer_list.py" line="49"/>
        <location filename="../../salon_desk/services/printing/summary_data.py" line="197"/>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/customer_list.py" line="49"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="320"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="418"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="96"/>
        <source>Record summary</source>
        <translation>Resumen de la ficha</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="121"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="123"/>
        <source>Allergies and clinical information</source>
        <translation>Alergias e información clínica</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="126"/>
        <source>Notes on file</source>
        <translation>Notas de la ficha</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="151"/>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="151"/>
        <source>Marketing</source>
        <translation>Publicidad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="152"/>
        <location filename="../../salon_desk/services/printing/summary_data.py" line="198"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="152"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="152"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="153"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="167"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="167"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="173"/>
        <source>Privacy policy accepted on {date}</source>
        <translation>Política de privacidad aceptada el {date}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="177"/>
        <source>Privacy policy not accepted yet</source>
        <translation>Política de privacidad aún no aceptada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="209"/>
        <source>Nothing to show.</source>
        <translation>Nada que mostrar.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="251"/>
        <source>Pending debts</source>
        <translation>Deudas pendientes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="252"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="399"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="252"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="362"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="255"/>
        <source>Total pending</source>
        <translation>Total pendiente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="256"/>
        <source>No pending debts.</source>
        <translation>No hay deudas pendientes.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="265"/>
        <source>Upcoming appointments</source>
        <translation>Próximas citas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/printing/summary.py" line="271"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="273"/>
        <source>No upcoming appointments.</source>
        <translation>No hay próximas citas.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="282"/>
        <source>last {shown} of {count}</source>
        <translation>últimas {shown} de {count}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="286"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="291"/>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="291"/>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="291"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="399"/>
        <location filename="../../salon_desk/services/printing/ticket.py" line="255"/>
        <location filename="../../salon_desk/services/printing/ticket.py" line="339"/>
        <source>Staff</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="291"/>
        <location filename="../../salon_desk/services/printing/ticket.py" line="253"/>
        <location filename="../../salon_desk/services/printing/ticket.py" line="340"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="291"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="321"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="399"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/printing/summary.py" line="292"/>
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n venta</numerusform>
            <numerusform>%n ventas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="294"/>
        <source>No sales yet.</source>
        <translation>Todavía no hay ventas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/printing/summary.py" line="299"/>
        <source>{left} of %n session(s) left</source>
        <translation>
            <numerusform>Quedan {left} de %n sesión</numerusform>
            <numerusform>Quedan {left} de %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="301"/>
        <source>{amount} left</source>
        <translation>Quedan {amount}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="303"/>
        <source>products</source>
        <translation>productos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="303"/>
        <source>services</source>
        <translation>servicios</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="312"/>
        <location filename="../../salon_desk/services/printing/ticket.py" line="55"/>
        <source>Prepaid card</source>
        <translation>Tarjeta prepago</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="312"/>
        <location filename="../../salon_desk/services/printing/ticket.py" line="55"/>
        <source>Voucher</source>
        <translation>Bono</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="313"/>
        <location filename="../../salon_desk/services/printing/ticket.py" line="56"/>
        <source>Loyalty card</source>
        <translation>Tarjeta de fidelidad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="320"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="334"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="337"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="320"/>
        <source>Credits and cards</source>
        <translation>Bonos y tarjetas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="320"/>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="320"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="418"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/printing/summary.py" line="321"/>
        <source>{amount} and %n session(s)</source>
        <translation>
            <numerusform>{amount} y %n sesión</numerusform>
            <numerusform>{amount} y %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="323"/>
        <source>No vouchers or cards.</source>
        <translation>Sin bonos ni tarjetas.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="329"/>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="329"/>
        <source>Earned</source>
        <translation>Ganados</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="329"/>
        <source>Redeemed</source>
        <translation>Canjeados</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="330"/>
        <source>Adjusted</source>
        <translation>Ajustados</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="330"/>
        <source>Expired</source>
        <translation>Caducados</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="332"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="334"/>
        <location filename="../../salon_desk/services/printing/ticket.py" line="56"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="332"/>
        <source>balance {points} (worth {amount})</source>
        <translation>saldo {points} (equivale a {amount})</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="334"/>
        <source>Movement</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="338"/>
        <source>worth {amount}</source>
        <translation>equivale a {amount}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="339"/>
        <source>No points yet.</source>
        <translation>Todavía no hay puntos.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="350"/>
        <source>Pinned</source>
        <translation>Fijada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="352"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="357"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="358"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="371"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="358"/>
        <source>No notes.</source>
        <translation>Sin notas.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="358"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="362"/>
        <source>Failed</source>
        <translation>No superada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="362"/>
        <source>Passed</source>
        <translation>Superada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="367"/>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="370"/>
        <source>Patch tests</source>
        <translation>Pruebas de alergia</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="371"/>
        <location filename="../../salon_desk/services/printing/summary_data.py" line="165"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="371"/>
        <source>Tested</source>
        <translation>Probado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="372"/>
        <source>No patch tests.</source>
        <translation>Sin pruebas de alergia.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="381"/>
        <source>Open until {date}</source>
        <translation>Abierto hasta {date}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="383"/>
        <source>Expired on {date}</source>
        <translation>Caducó el {date}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="384"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="397"/>
        <source>Budgets</source>
        <translation>Presupuestos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="397"/>
        <source>open: {count}, worth {amount}</source>
        <translation>abiertos: {count}, por {amount}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="399"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="399"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="400"/>
        <source>Open budgets</source>
        <translation>Presupuestos abiertos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="401"/>
        <source>No budgets.</source>
        <translation>Sin presupuestos.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="410"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="410"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="410"/>
        <source>Text document</source>
        <translation>Documento de texto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="411"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="411"/>
        <source>Spreadsheet</source>
        <translation>Hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="411"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="412"/>
        <location filename="../../salon_desk/services/printing/summary.py" line="418"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="417"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="419"/>
        <source>No documents.</source>
        <translation>Sin documentos.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary.py" line="430"/>
        <source>Record summary of {name}</source>
        <translation>Resumen de la ficha de {name}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary_data.py" line="165"/>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary_data.py" line="165"/>
        <source>Developer</source>
        <translation>Oxidante</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary_data.py" line="165"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary_data.py" line="165"/>
        <source>Mixing ratio</source>
        <translation>Proporción de mezcla</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary_data.py" line="165"/>
        <source>Processing (min)</source>
        <translation>Exposición (min)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary_data.py" line="165"/>
        <source>Starting level</source>
        <translation>Altura de partida</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary_data.py" line="165"/>
        <source>Target level</source>
        <translation>Altura deseada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary_data.py" line="197"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary_data.py" line="198"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary_data.py" line="219"/>
        <source>Customer no.</source>
        <translation>N.º de cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary_data.py" line="220"/>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary_data.py" line="221"/>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary_data.py" line="222"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary_data.py" line="223"/>
        <source>Preferred staff</source>
        <translation>Profesional preferido</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/summary_data.py" line="224"/>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/ticket.py" line="54"/>
        <source>Bank transfer</source>
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/ticket.py" line="54"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/ticket.py" line="54"/>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/ticket.py" line="171"/>
        <source>{tax} {rate} incl. on {base}</source>
        <translation>{tax} {rate} incl. sobre {base}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/ticket.py" line="173"/>
        <source>{tax} {rate} on {base}</source>
        <translation>{tax} {rate} sobre {base}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/ticket.py" line="191"/>
        <source>Cash tendered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/ticket.py" line="193"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/ticket.py" line="195"/>
        <source>Pending payment</source>
        <translation>Pendiente de pago</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/ticket.py" line="198"/>
        <source>Points earned</source>
        <translation>Puntos ganados</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/ticket.py" line="199"/>
        <source>Points balance</source>
        <translation>Saldo de puntos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/ticket.py" line="232"/>
        <source>CANCELLED</source>
        <translation>ANULADO</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/ticket.py" line="239"/>
        <source>Cancelled on {date}</source>
        <translation>Anulado el {date}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/ticket.py" line="271"/>
        <source>Qty × Price</source>
        <translation>Cant. × Precio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/ticket.py" line="307"/>
        <location filename="../../salon_desk/services/printing/ticket.py" line="369"/>
        <source>Ticket {number}</source>
        <translation>Ticket {number}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/ticket.py" line="349"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/ticket.py" line="349"/>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/printing/ticket.py" line="365"/>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>{amount} and {sessions} sessions</source>
        <translation type="obsolete">{amount} y {sessions} sesiones</translation>
    </message>
    <message>
        <source>{count} appointments</source>
        <translation type="obsolete">{count} citas</translation>
    </message>
    <message>
        <source>{count} sales</source>
        <translation type="obsolete">{count} ventas</translation>
    </message>
    <message>
        <source>{left} of {bought} sessions left</source>
        <translation type="obsolete">Quedan {left} de {bought} sesiones</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../salon_desk/ui/printing/printer.py" line="54"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/printer.py" line="74"/>
        <source>The printer could not be started. Check that it is switched on and connected.</source>
        <translation>No se ha podido iniciar la impresora. Compruebe que está encendida y conectada.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/printer.py" line="89"/>
        <source>Printing page {page} of {pages}…</source>
        <translation>Imprimiendo la página {page} de {pages}…</translation>
    </message>
</context>
<context>
    <name>PrintingSettingsPage</name>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="43"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="49"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="51"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="61"/>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="149"/>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="65"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="69"/>
        <source>Money format</source>
        <translation>Formato de los importes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="76"/>
        <source>Date format</source>
        <translation>Formato de la fecha</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="80"/>
        <source>Taxes</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="82"/>
        <source>Prices include tax</source>
        <translation>Los precios incluyen impuestos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="85"/>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="86"/>
        <source>Name of the tax</source>
        <translation>Nombre del impuesto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="89"/>
        <source>Tax rates in use (%)</source>
        <translation>Tipos impositivos en uso (%)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="94"/>
        <source>Rate for items without one</source>
        <translation>Tipo para artículos sin tipo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="98"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="101"/>
        <source>58 mm roll</source>
        <translation>Rollo de 58 mm</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="101"/>
        <source>80 mm roll</source>
        <translation>Rollo de 80 mm</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="102"/>
        <source>A4 page</source>
        <translation>Página A4</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="102"/>
        <source>Letter page</source>
        <translation>Página carta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="104"/>
        <source>Ticket layout</source>
        <translation>Formato del ticket</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="106"/>
        <source>Receipt printer</source>
        <translation>Impresora de tickets</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="109"/>
        <source>Footer text</source>
        <translation>Texto del pie</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="113"/>
        <source>Texts</source>
        <translation>Textos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="117"/>
        <source>Cancellation policy</source>
        <translation>Política de cancelación</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="120"/>
        <source>Budget conditions</source>
        <translation>Condiciones del presupuesto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="138"/>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="142"/>
        <source>Choose the salon&apos;s logo</source>
        <translation>Elegir el logotipo del salón</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="143"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="150"/>
        <source>This file is not an image Salon Desk can read.</source>
        <translation>Este archivo no es una imagen que Salon Desk pueda leer.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="162"/>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="172"/>
        <source>{amount}, as on screen (from the language and the salon&apos;s country)</source>
        <translation>{amount}, como en pantalla (según el idioma y el país del salón)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="192"/>
        <source>Choose when printing</source>
        <translation>Elegir al imprimir</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/settings_page.py" line="196"/>
        <source>{name} (not connected)</source>
        <translation>{name} (no conectada)</translation>
    </message>
    <message>
        <source>Automatic (from the salon&apos;s country)</source>
        <translation type="obsolete">Automático (según el país del salón)</translation>
    </message>
    <message>
        <source>Example: {amount}</source>
        <translation type="obsolete">Ejemplo: {amount}</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../salon_desk/ui/printing/preview.py" line="64"/>
        <source>Record summary preview</source>
        <translation>Vista previa del resumen de la ficha</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/preview.py" line="64"/>
        <source>Ticket preview</source>
        <translation>Vista previa del ticket</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/preview.py" line="65"/>
        <source>Appointments preview</source>
        <translation>Vista previa de las citas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/preview.py" line="66"/>
        <source>Budget preview</source>
        <translation>Vista previa del presupuesto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/preview.py" line="67"/>
        <source>Customer list preview</source>
        <translation>Vista previa de la lista de clientes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/preview.py" line="72"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/preview.py" line="75"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/preview.py" line="83"/>
        <source>Layout</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/preview.py" line="85"/>
        <source>58 mm roll</source>
        <translation>Rollo de 58 mm</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/preview.py" line="85"/>
        <source>80 mm roll</source>
        <translation>Rollo de 80 mm</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/preview.py" line="86"/>
        <source>A4 page</source>
        <translation>Página A4</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/preview.py" line="86"/>
        <source>Letter page</source>
        <translation>Página carta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/preview.py" line="98"/>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/preview.py" line="100"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/preview.py" line="102"/>
        <source>Last {count}</source>
        <translation>Últimas {count}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/preview.py" line="108"/>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/preview.py" line="111"/>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/preview.py" line="121"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/preview.py" line="127"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/preview.py" line="130"/>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/preview.py" line="173"/>
        <source>Preparing the document…</source>
        <translation>Preparando el documento…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/preview.py" line="176"/>
        <source>Preparing the document</source>
        <translation>Preparando el documento</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/preview.py" line="196"/>
        <source>The document could not be made: {error}</source>
        <translation>No se ha podido crear el documento: {error}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/preview.py" line="254"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/preview.py" line="269"/>
        <location filename="../../salon_desk/ui/printing/preview.py" line="278"/>
        <location filename="../../salon_desk/ui/printing/preview.py" line="281"/>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/preview.py" line="270"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/preview.py" line="282"/>
        <source>The file could not be saved: {error}</source>
        <translation>No se ha podido guardar el archivo: {error}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/preview.py" line="284"/>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/preview.py" line="298"/>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/printing/preview.py" line="302"/>
        <source>Sent %n page(s) to {printer}</source>
        <translation>
            <numerusform>Enviada %n página a {printer}</numerusform>
            <numerusform>Enviadas %n páginas a {printer}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/preview.py" line="304"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Sent {count} page(s) to {printer}</source>
        <translation type="obsolete">Enviada(s) {count} página(s) a {printer}</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../salon_desk/ui/privacy/forgetting.py" line="22"/>
        <location filename="../../salon_desk/ui/privacy/forgetting.py" line="37"/>
        <location filename="../../salon_desk/ui/privacy/forgetting.py" line="44"/>
        <location filename="../../salon_desk/ui/privacy/forgetting.py" line="53"/>
        <location filename="../../salon_desk/ui/privacy/forgetting.py" line="58"/>
        <location filename="../../salon_desk/ui/privacy/forgetting.py" line="62"/>
        <source>Forget this customer</source>
        <translation>Olvidar a este cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/forgetting.py" line="23"/>
        <source>Who asked, and how? (for example: the customer, by email)</source>
        <translation>¿Quién lo pidió y cómo? (por ejemplo: el cliente, por correo electrónico)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/forgetting.py" line="32"/>
        <source>Forget {0}?

Their name, contacts, address, birth date, notes, allergies, photo, signature, documents and every text written about them (care notes, formulas, messages) are removed for good. Sales and their amounts stay, for the accounts, under “Forgotten customer”; the consent history stays as evidence.</source>
        <translation>¿Olvidar a {0}?

Su nombre, contactos, dirección, fecha de nacimiento, notas, alergias, foto, firma, documentos y todo texto escrito sobre esta persona (notas de cuidado, fórmulas, mensajes) se eliminan para siempre. Las ventas y sus importes se conservan, para la contabilidad, a nombre de «Cliente olvidado»; el historial de consentimientos se conserva como prueba.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/forgetting.py" line="37"/>
        <source>Continue…</source>
        <translation>Continuar…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/forgetting.py" line="42"/>
        <source>This cannot be undone, not even from a backup made afterwards. Forget {0} for good?</source>
        <translation>Esto no se puede deshacer, ni siquiera con una copia hecha después. ¿Olvidar a {0} para siempre?</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/forgetting.py" line="45"/>
        <source>Forget for good</source>
        <translation>Olvidar para siempre</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/privacy/forgetting.py" line="54"/>
        <source>The customer was forgotten (%n document file(s) removed). Their sales are kept under “Forgotten customer”.</source>
        <translation>
            <numerusform>Se ha olvidado al cliente (%n archivo de documento eliminado). Sus ventas se conservan a nombre de «Cliente olvidado».</numerusform>
            <numerusform>Se ha olvidado al cliente (%n archivos de documentos eliminados). Sus ventas se conservan a nombre de «Cliente olvidado».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/record_actions.py" line="29"/>
        <source>Export everything about this customer</source>
        <translation>Exportar todo sobre este cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/record_actions.py" line="30"/>
        <source>Zip archive (*.zip)</source>
        <translation>Archivo zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/record_actions.py" line="36"/>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/record_actions.py" line="39"/>
        <location filename="../../salon_desk/ui/privacy/record_actions.py" line="41"/>
        <source>Export everything</source>
        <translation>Exportar todo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/record_actions.py" line="40"/>
        <source>Everything held about this customer was saved in {0}</source>
        <translation>Todo lo que se guarda sobre este cliente se ha guardado en {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/record_actions.py" line="51"/>
        <source>Consent history</source>
        <translation>Historial de consentimientos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/record_actions.py" line="59"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/record_actions.py" line="60"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/record_actions.py" line="61"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/record_actions.py" line="62"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/record_actions.py" line="62"/>
        <source>given</source>
        <translation>dado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/record_actions.py" line="62"/>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/record_actions.py" line="64"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/record_actions.py" line="69"/>
        <source>Forgotten on {0} by {1}, asked by: {2}</source>
        <translation>Olvidado el {0} por {1}, a petición de: {2}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/record_actions.py" line="87"/>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/record_actions.py" line="88"/>
        <source>The customer&apos;s data rights: export everything, consent history, forget</source>
        <translation>Los derechos del cliente sobre sus datos: exportar todo, historial de consentimientos, olvidar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/record_actions.py" line="92"/>
        <source>Export everything (subject access)…</source>
        <translation>Exportar todo (derecho de acceso)…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/record_actions.py" line="95"/>
        <source>Consent history…</source>
        <translation>Historial de consentimientos…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/record_actions.py" line="97"/>
        <source>Forget this customer…</source>
        <translation>Olvidar a este cliente…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/retention_dialog.py" line="27"/>
        <source>Privacy review</source>
        <translation>Revisión de privacidad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/retention_dialog.py" line="34"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/retention_dialog.py" line="35"/>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/retention_dialog.py" line="36"/>
        <source>never came</source>
        <translation>nunca vino</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/retention_dialog.py" line="37"/>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/retention_dialog.py" line="43"/>
        <source>Open record</source>
        <translation>Abrir ficha</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/retention_dialog.py" line="45"/>
        <location filename="../../salon_desk/ui/privacy/retention_dialog.py" line="83"/>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/retention_dialog.py" line="46"/>
        <source>Keep this customer; they are listed again if another retention period passes without a visit</source>
        <translation>Conservar a este cliente; vuelve a aparecer si pasa otro periodo de conservación sin visitas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/retention_dialog.py" line="49"/>
        <source>Forget…</source>
        <translation>Olvidar…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/privacy/retention_dialog.py" line="65"/>
        <source>%n customer(s) with no visit for the retention period</source>
        <translation>
            <numerusform>%n cliente sin visitas durante el periodo de conservación</numerusform>
            <numerusform>%n clientes sin visitas durante el periodo de conservación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/privacy/retention_dialog.py" line="66"/>
        <source>(%n year(s), in the backup settings). Keep them or forget them.</source>
        <translation>
            <numerusform>(%n año, en los ajustes de copias de seguridad). Consérvelos u olvídelos.</numerusform>
            <numerusform>(%n años, en los ajustes de copias de seguridad). Consérvelos u olvídelos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/retention_dialog.py" line="102"/>
        <source>Privacy review…</source>
        <translation>Revisión de privacidad…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/privacy/retention_dialog.py" line="104"/>
        <source>Customers with no visit for the retention period, to keep or forget</source>
        <translation>Clientes sin visitas durante el periodo de conservación, para conservar u olvidar</translation>
    </message>
    <message>
        <source>({0} years, in the backup settings). Keep them or forget them.</source>
        <translation type="obsolete">({0} años, en los ajustes de copias de seguridad). Consérvelos u olvídelos.</translation>
    </message>
    <message>
        <source>The customer was forgotten ({0} document files removed). Their sales are kept under “Forgotten customer”.</source>
        <translation type="obsolete">Se ha olvidado al cliente ({0} archivos de documentos eliminados). Sus ventas se conservan a nombre de «Cliente olvidado».</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="215"/>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="218"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="219"/>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="220"/>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="222"/>
        <source>In stock</source>
        <translation>En existencias</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="223"/>
        <source>On sale</source>
        <translation>A la venta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="223"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="231"/>
        <source>New product</source>
        <translation>Nuevo producto</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="247"/>
        <source>Why (required)</source>
        <translation>Por qué (obligatorio)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="248"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="254"/>
        <source>Keep it</source>
        <translation>Mantener</translation>
    </message>
</context>
<context>
    <name>RecordHeader</name>
    <message>
        <location filename="../../salon_desk/ui/record/header.py" line="145"/>
        <source>Left unpaid on the customer&apos;s tickets; paid from the Debts tab or with the next sale</source>
        <translation>Sin pagar en los tiques del cliente; se paga desde la pestaña Deudas o con la próxima venta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/header.py" line="148"/>
        <source>Balance reminder kept by hand on the customer&apos;s record; it moves no money</source>
        <translation>Recordatorio de saldo anotado a mano en la ficha del cliente; no mueve dinero</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/header.py" line="165"/>
        <source>No allergies or clinical notes on file</source>
        <translation>Sin alergias ni notas clínicas anotadas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/header.py" line="178"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/header.py" line="183"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/header.py" line="185"/>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/header.py" line="196"/>
        <source>Owes {0}</source>
        <translation>Debe {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/header.py" line="201"/>
        <source>owes {0}</source>
        <translation>debe {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/header.py" line="203"/>
        <source>in credit {0}</source>
        <translation>a favor {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/header.py" line="205"/>
        <source>Balance reminder:</source>
        <translation>Recordatorio de saldo:</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/header.py" line="212"/>
        <source>Allergies / clinical information: {0}</source>
        <translation>Alergias / información clínica: {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/header.py" line="215"/>
        <source>Blocked: {0}. Cannot be booked and receives no messages.</source>
        <translation>Bloqueado: {0}. No se le pueden dar citas ni recibe mensajes.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/header.py" line="217"/>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/header.py" line="226"/>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/header.py" line="228"/>
        <source>Landline</source>
        <translation>Fijo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/header.py" line="230"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/header.py" line="232"/>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/header.py" line="234"/>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/header.py" line="236"/>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/header.py" line="238"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/header.py" line="238"/>
        <source>no phone or email on file</source>
        <translation>sin teléfono ni email en la ficha</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/header.py" line="253"/>
        <source>{0} (%n year(s) old)</source>
        <translation>
            <numerusform>{0} (%n año)</numerusform>
            <numerusform>{0} (%n años)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/header.py" line="256"/>
        <source>today!</source>
        <translation>¡hoy!</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/header.py" line="258"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dentro de %n día</numerusform>
            <numerusform>dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Balance reminder kept on the customer&apos;s record</source>
        <translation type="obsolete">Recordatorio de saldo guardado en la ficha del cliente</translation>
    </message>
    <message>
        <source>In credit {0}</source>
        <translation type="obsolete">A favor {0}</translation>
    </message>
    <message>
        <source>in {0} days</source>
        <translation type="obsolete">dentro de {0} días</translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="obsolete">no indicado</translation>
    </message>
    <message>
        <source>{0} ({1} years old)</source>
        <translation type="obsolete">{0} ({1} años)</translation>
    </message>
    <message>
        <source>⚠ Allergies / clinical information: {0}</source>
        <translation type="obsolete">⚠ Alergias / información clínica: {0}</translation>
    </message>
    <message>
        <source>⛔ Blocked: cannot be booked and receives no messages. Reason: {0}</source>
        <translation type="obsolete">⛔ Bloqueado: no se le pueden dar citas ni recibe mensajes. Motivo: {0}</translation>
    </message>
</context>
<context>
    <name>RecordWindow</name>
    <message>
        <location filename="../../salon_desk/ui/printing/record_actions.py" line="14"/>
        <source>Print summary…</source>
        <translation>Imprimir resumen…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/printing/record_actions.py" line="16"/>
        <source>Preview and print a summary of this record</source>
        <translation>Ver e imprimir un resumen de esta ficha</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/window.py" line="99"/>
        <source>Record toolbar</source>
        <translation>Barra de herramientas de la ficha</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/window.py" line="105"/>
        <source>Edit customer</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/window.py" line="108"/>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/window.py" line="111"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/window.py" line="258"/>
        <source>{0} — Customer record</source>
        <translation>{0} — Ficha de cliente</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_steps.py" line="110"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_steps.py" line="116"/>
        <source>Open the rejected rows file</source>
        <translation>Abrir el archivo de filas rechazadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/import_steps.py" line="128"/>
        <source>{rows} row(s) read from {file}.</source>
        <translation>
            <numerusform>{rows} fila leída de {file}.</numerusform>
            <numerusform>{rows} filas leídas de {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_steps.py" line="130"/>
        <source>Imported: &lt;b&gt;{0}&lt;/b&gt;   Updated: &lt;b&gt;{1}&lt;/b&gt;   Skipped: &lt;b&gt;{2}&lt;/b&gt;   Rejected: &lt;b&gt;{3}&lt;/b&gt;</source>
        <translation>Importadas: &lt;b&gt;{0}&lt;/b&gt;   Actualizadas: &lt;b&gt;{1}&lt;/b&gt;   Omitidas: &lt;b&gt;{2}&lt;/b&gt;   Rechazadas: &lt;b&gt;{3}&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/import_steps.py" line="135"/>
        <source>{0} customer(s) with a value that could not be read: it is in the notes, with the “Check import” badge.</source>
        <translation>
            <numerusform>{0} cliente con un valor que no se ha podido leer: está en sus notas, con la etiqueta «Revisar importación».</numerusform>
            <numerusform>{0} clientes con un valor que no se ha podido leer: está en sus notas, con la etiqueta «Revisar importación».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/import_steps.py" line="139"/>
        <source>{0} customer(s) with a value guessed or cleaned on the way: the notes say which, with the “Check import” badge.</source>
        <translation>
            <numerusform>{0} cliente con un valor deducido o limpiado por el camino: las notas dicen cuál, con la etiqueta «Revisar importación».</numerusform>
            <numerusform>{0} clientes con un valor deducido o limpiado por el camino: las notas dicen cuál, con la etiqueta «Revisar importación».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_steps.py" line="144"/>
        <source>Rejected rows, with the reason, are in {0}</source>
        <translation>Las filas rechazadas, con el motivo, están en {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/import_steps.py" line="146"/>
        <source>This import can be undone from File ▸ Import history while its customers are unchanged.</source>
        <translation>Esta importación se puede deshacer desde Archivo ▸ Historial de importaciones mientras sus clientes no cambien.</translation>
    </message>
    <message>
        <source>{0} customers have a value that could not be read: it is in their notes, and they carry the “Check import” badge.</source>
        <translation type="obsolete">{0} clientes tienen un valor que no se ha podido leer: está en sus notas y llevan la etiqueta «Check import».</translation>
    </message>
    <message>
        <source>{rows} rows read from {file}.</source>
        <translation type="obsolete">{rows} filas leídas de {file}.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Email</source>
        <translation type="obsolete">Email</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="obsolete">Móvil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="obsolete">Nombre</translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="obsolete">Número</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="115"/>
        <source>Rooms</source>
        <translation>Cabinas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="118"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="119"/>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="119"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="122"/>
        <source>New room</source>
        <translation>Nueva cabina</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="60"/>
        <source>New sale</source>
        <translation>Nueva venta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="74"/>
        <source>Sale for {0}</source>
        <translation>Venta para {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="76"/>
        <source>personal discount {0}</source>
        <translation>descuento personal {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="79"/>
        <source>Sale without a customer</source>
        <translation>Venta sin cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="85"/>
        <source>No loyalty card</source>
        <translation>Sin tarjeta de fidelidad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="90"/>
        <source>— nobody —</source>
        <translation>— nadie —</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="91"/>
        <source>Loyalty card:</source>
        <translation>Tarjeta de fidelidad:</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="94"/>
        <source>Charged by:</source>
        <translation>Cobrado por:</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="110"/>
        <source>Comments printed on the ticket</source>
        <translation>Comentarios impresos en el ticket</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="112"/>
        <source>Print the ticket</source>
        <translation>Imprimir el ticket</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="115"/>
        <source>Charge</source>
        <translation>Cobrar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="126"/>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="130"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="130"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="131"/>
        <source>Package</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="142"/>
        <source>— employee —</source>
        <translation>— empleado —</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="143"/>
        <source>Add line</source>
        <translation>Añadir línea</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="148"/>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="161"/>
        <source>Double-click a quantity, price, discount or employee to change it.</source>
        <translation>Haga doble clic en una cantidad, un precio, un descuento o un empleado para cambiarlo.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="164"/>
        <source>Remove line</source>
        <translation>Quitar línea</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="175"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="185"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="185"/>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="185"/>
        <source>Loyalty card</source>
        <translation>Tarjeta de fidelidad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="185"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="185"/>
        <source>Prepaid card</source>
        <translation>Tarjeta prepago</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="185"/>
        <source>Transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="185"/>
        <source>Voucher</source>
        <translation>Bono</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="189"/>
        <source> points</source>
        <translation> puntos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="192"/>
        <source>exact</source>
        <translation>exacto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="193"/>
        <source>Add payment</source>
        <translation>Añadir pago</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="202"/>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="206"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="208"/>
        <source>Handed over</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="218"/>
        <source>Remove payment</source>
        <translation>Quitar pago</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="226"/>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="233"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="239"/>
        <source>What the customer still owes from earlier visits</source>
        <translation>Lo que el cliente aún debe de visitas anteriores</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="241"/>
        <source>Add it to this payment</source>
        <translation>Sumarla a este pago</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="245"/>
        <source>Earlier debt</source>
        <translation>Deuda anterior</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="247"/>
        <source>To pay now</source>
        <translation>A pagar ahora</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="253"/>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="254"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="255"/>
        <source>Left as a debt</source>
        <translation>Queda como deuda</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="256"/>
        <source>Points earned</source>
        <translation>Puntos ganados</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="258"/>
        <source>Points held</source>
        <translation>Puntos disponibles</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="389"/>
        <source>Change to give: {0}</source>
        <translation>Cambio a devolver: {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="392"/>
        <source>Counted as paid when you charge</source>
        <translation>Cuenta como pagado al cobrar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="410"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="513"/>
        <source>Leave a debt</source>
        <translation>Dejar una deuda</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="514"/>
        <source>Leave {0} unpaid as a debt?</source>
        <translation>¿Dejar {0} sin pagar como deuda?</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="516"/>
        <source>Leave as a debt</source>
        <translation>Dejar como deuda</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_dialog.py" line="522"/>
        <source>The sale was not recorded</source>
        <translation>No se ha registrado la venta</translation>
    </message>
    <message>
        <source>The payments ({0}) are more than the total and the earlier debt ({1})</source>
        <translation type="obsolete">Los pagos ({0}) superan el total más la deuda anterior ({1})</translation>
    </message>
    <message>
        <source>{0} points</source>
        <translation type="obsolete">{0} puntos</translation>
    </message>
</context>
<context>
    <name>SalesTab</name>
    <message>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="91"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="93"/>
        <source>Everything bought</source>
        <translation>Todo lo comprado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="94"/>
        <source>Products bought</source>
        <translation>Productos comprados</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="95"/>
        <source>Packages</source>
        <translation>Packs</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="95"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="96"/>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="100"/>
        <source>New sale…</source>
        <translation>Nueva venta…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="102"/>
        <source>View ticket…</source>
        <translation>Ver ticket…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="103"/>
        <source>Print ticket…</source>
        <translation>Imprimir ticket…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="104"/>
        <source>Cancel sale…</source>
        <translation>Anular venta…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="105"/>
        <source>Cancel (void) the selected sale: its payments, points, vouchers and cards are given back</source>
        <translation>Anular la venta seleccionada: se devuelven sus pagos, puntos, bonos y tarjetas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="117"/>
        <source>No sales found</source>
        <translation>No se han encontrado ventas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="130"/>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="140"/>
        <source>&lt;b&gt;Total purchases: {0}&lt;/b&gt; in %n sale(s)  ·  services {2}  ·  products {3}</source>
        <translation>
            <numerusform>&lt;b&gt;Total de compras: {0}&lt;/b&gt; en %n venta  ·  servicios {2}  ·  productos {3}</numerusform>
            <numerusform>&lt;b&gt;Total de compras: {0}&lt;/b&gt; en %n ventas  ·  servicios {2}  ·  productos {3}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="146"/>
        <source>unpaid {0}</source>
        <translation>pendiente {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="150"/>
        <source>Points: {0}</source>
        <translation>Puntos: {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="152"/>
        <source>Points: {0}  ·  last movement {1:+d} {2} on {3}</source>
        <translation>Puntos: {0}  ·  último movimiento {1:+d} {2} el {3}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total purchases: {0}&lt;/b&gt; in {1} sales  ·  services {2}  ·  products {3}</source>
        <translation type="obsolete">&lt;b&gt;Total de compras: {0}&lt;/b&gt; en {1} ventas  ·  servicios {2}  ·  productos {3}</translation>
    </message>
</context>
<context>
    <name>SaleViewDialog</name>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_view.py" line="44"/>
        <location filename="../../salon_desk/ui/sales/sale_view.py" line="47"/>
        <source>Ticket {0}</source>
        <translation>Ticket {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_view.py" line="52"/>
        <source>Cancelled on {0}</source>
        <translation>Anulada el {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_view.py" line="53"/>
        <source>Cancelled</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_view.py" line="55"/>
        <source>by {0}</source>
        <translation>por {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_view.py" line="63"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_view.py" line="65"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_view.py" line="67"/>
        <source>Charged by</source>
        <translation>Cobrado por</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_view.py" line="69"/>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_view.py" line="72"/>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_view.py" line="73"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_view.py" line="74"/>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_view.py" line="75"/>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_view.py" line="77"/>
        <location filename="../../salon_desk/ui/sales/sale_view.py" line="85"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_view.py" line="84"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_view.py" line="87"/>
        <source>Handed over</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_view.py" line="95"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_view.py" line="96"/>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_view.py" line="98"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_view.py" line="102"/>
        <source>Still owed</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_view.py" line="104"/>
        <source>Points earned</source>
        <translation>Puntos ganados</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_view.py" line="107"/>
        <source>Print ticket…</source>
        <translation>Imprimir ticket…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/sale_view.py" line="112"/>
        <source>Print cancellation ticket…</source>
        <translation>Imprimir justificante de anulación…</translation>
    </message>
</context>
<context>
    <name>SalonPage</name>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/salon_page.py" line="64"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/salon_page.py" line="66"/>
        <source>Salon name</source>
        <translation>Nombre del salón</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/salon_page.py" line="67"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/salon_page.py" line="68"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/salon_page.py" line="69"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/salon_page.py" line="70"/>
        <source>Tax ID</source>
        <translation>NIF</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/salon_page.py" line="71"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/salon_page.py" line="72"/>
        <source>Currency (ISO code)</source>
        <translation>Moneda (código ISO)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/salon_page.py" line="73"/>
        <source>Default country for phone numbers</source>
        <translation>País por defecto de los teléfonos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/salon_page.py" line="74"/>
        <source>Opens at</source>
        <translation>Abre a las</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/salon_page.py" line="75"/>
        <source>Closes at</source>
        <translation>Cierra a las</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/salon_page.py" line="76"/>
        <source>Schedule slot</source>
        <translation>Intervalo de la agenda</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/salon_page.py" line="79"/>
        <source>Salon</source>
        <translation>Salón</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/salon_page.py" line="105"/>
        <source>The currency must be a three-letter ISO code, such as EUR, GBP or USD.</source>
        <translation>La moneda debe ser un código ISO de tres letras, como EUR, GBP o USD.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/salon_page.py" line="108"/>
        <source>The salon must open before it closes.</source>
        <translation>El salón debe abrir antes de cerrar.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/salon_page.py" line="110"/>
        <source>Give the salon a name.</source>
        <translation>Indique el nombre del salón.</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <location filename="../../salon_desk/ui/segments/feature.py" line="65"/>
        <location filename="../../salon_desk/ui/segments/feature.py" line="274"/>
        <source>Filtered by:</source>
        <translation>Filtrado por:</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/feature.py" line="74"/>
        <source>Clear filter</source>
        <translation>Quitar filtro</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/feature.py" line="90"/>
        <source>Remove this criterion</source>
        <translation>Quitar este criterio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/feature.py" line="114"/>
        <source>Find customers by what they are, booked, spent and may receive; the arrow lists the saved segments</source>
        <translation>Buscar clientes por quiénes son, qué reservaron, cuánto gastaron y qué pueden recibir; la flecha muestra los segmentos guardados</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/feature.py" line="131"/>
        <source>Saved segments</source>
        <translation>Segmentos guardados</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/feature.py" line="132"/>
        <source>No saved segments yet</source>
        <translation>Aún no hay segmentos guardados</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/feature.py" line="135"/>
        <location filename="../../salon_desk/ui/segments/panel.py" line="154"/>
        <source>Save as segment…</source>
        <translation>Guardar como segmento…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/feature.py" line="137"/>
        <source>Rename segment…</source>
        <translation>Renombrar segmento…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/feature.py" line="138"/>
        <source>Edit segment…</source>
        <translation>Editar segmento…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/feature.py" line="139"/>
        <source>Delete segment…</source>
        <translation>Eliminar segmento…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/feature.py" line="142"/>
        <source>Export segment…</source>
        <translation>Exportar segmento…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/feature.py" line="190"/>
        <location filename="../../salon_desk/ui/segments/fields.py" line="120"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/feature.py" line="271"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/feature.py" line="271"/>
        <source>Filters ({0})</source>
        <translation>Filtros ({0})</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/feature.py" line="273"/>
        <source>Segment “{0}”:</source>
        <translation>Segmento «{0}»:</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/feature.py" line="283"/>
        <source>Save as segment</source>
        <translation>Guardar como segmento</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/feature.py" line="284"/>
        <source>Name of the segment:</source>
        <translation>Nombre del segmento:</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/feature.py" line="300"/>
        <source>Save segment</source>
        <translation>Guardar segmento</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/feature.py" line="317"/>
        <source>Rename segment</source>
        <translation>Renombrar segmento</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/feature.py" line="318"/>
        <source>New name of the segment:</source>
        <translation>Nuevo nombre del segmento:</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/feature.py" line="332"/>
        <location filename="../../salon_desk/ui/segments/feature.py" line="336"/>
        <source>Delete segment</source>
        <translation>Eliminar segmento</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/feature.py" line="333"/>
        <source>Delete the segment “{0}”? The customers in it are not touched.</source>
        <translation>¿Eliminar el segmento «{0}»? Sus clientes no se tocan.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/feature.py" line="334"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/fields.py" line="64"/>
        <location filename="../../salon_desk/ui/segments/fields.py" line="79"/>
        <location filename="../../salon_desk/ui/segments/fields.py" line="100"/>
        <location filename="../../salon_desk/ui/segments/fields.py" line="118"/>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/fields.py" line="119"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/fields.py" line="151"/>
        <source>Any (separate with commas)</source>
        <translation>Cualquiera (separe con comas)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="13"/>
        <source>Any of these badges</source>
        <translation>Alguna de estas etiquetas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="13"/>
        <source>Gender</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="14"/>
        <source>All of these badges</source>
        <translation>Todas estas etiquetas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="14"/>
        <source>None of these badges</source>
        <translation>Ninguna de estas etiquetas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="15"/>
        <source>Age from</source>
        <translation>Edad desde</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="15"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="15"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="16"/>
        <source>Age up to</source>
        <translation>Edad hasta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="16"/>
        <source>Birthday in</source>
        <translation>Cumpleaños en</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="17"/>
        <source>Birthday in the next days</source>
        <translation>Cumpleaños en los próximos días</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="18"/>
        <source>Customer since, from</source>
        <translation>Cliente desde, a partir de</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="18"/>
        <source>Customer since, up to</source>
        <translation>Cliente desde, hasta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="19"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="19"/>
        <source>Referral source</source>
        <translation>Cómo nos conoció</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="20"/>
        <source>Booked a service</source>
        <translation>Reservó un servicio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="20"/>
        <source>Postcode starts with</source>
        <translation>Código postal empieza por</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="21"/>
        <source>Booked a service type</source>
        <translation>Reservó un tipo de servicio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="22"/>
        <source>Never booked a service</source>
        <translation>Nunca reservó el servicio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="23"/>
        <source>Never booked a service type</source>
        <translation>Nunca reservó el tipo de servicio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="24"/>
        <source>Bought a package</source>
        <translation>Compró un pack</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="24"/>
        <source>Sessions left</source>
        <translation>Le quedan sesiones</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="25"/>
        <source>Bookings from</source>
        <translation>Reservas desde</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="25"/>
        <source>Bookings up to</source>
        <translation>Reservas hasta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="26"/>
        <source>Booking status</source>
        <translation>Estado de la reserva</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="27"/>
        <source>Visited in the last days</source>
        <translation>Vino en los últimos días</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="28"/>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="28"/>
        <source>No visit for days</source>
        <translation>Días sin venir</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="29"/>
        <source>Visits, at least</source>
        <translation>Visitas, como mínimo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="29"/>
        <source>Visits, at most</source>
        <translation>Visitas, como máximo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="30"/>
        <source>Visits from</source>
        <translation>Visitas desde</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="30"/>
        <source>Visits up to</source>
        <translation>Visitas hasta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="31"/>
        <source>Spent, at least</source>
        <translation>Gasto, como mínimo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="31"/>
        <source>Spent, at most</source>
        <translation>Gasto, como máximo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="32"/>
        <source>Spending from</source>
        <translation>Gasto desde</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="32"/>
        <source>Spending up to</source>
        <translation>Gasto hasta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="33"/>
        <source>Average ticket, at least</source>
        <translation>Ticket medio, como mínimo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="34"/>
        <source>Average ticket, at most</source>
        <translation>Ticket medio, como máximo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="34"/>
        <source>Owes money</source>
        <translation>Tiene deuda</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="35"/>
        <source>Balance left on</source>
        <translation>Con saldo en</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="35"/>
        <source>Points, at least</source>
        <translation>Puntos, como mínimo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="36"/>
        <source>Consent given</source>
        <translation>Consentimiento dado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="36"/>
        <source>Subscribed to</source>
        <translation>Suscrito a</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="37"/>
        <source>Has a mobile</source>
        <translation>Tiene móvil</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="37"/>
        <source>Has an email</source>
        <translation>Tiene email</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="45"/>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="45"/>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="45"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="46"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="46"/>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="46"/>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="47"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="47"/>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="47"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="48"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="48"/>
        <source>Completed</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="48"/>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="49"/>
        <source>Appointment reminders</source>
        <translation>Recordatorios de citas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="49"/>
        <source>Birthday greetings</source>
        <translation>Felicitaciones de cumpleaños</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="50"/>
        <source>Marketing</source>
        <translation>Promociones</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="50"/>
        <source>Voucher</source>
        <translation>Bono</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="51"/>
        <source>Loyalty card</source>
        <translation>Tarjeta de fidelidad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="51"/>
        <source>Prepaid card</source>
        <translation>Tarjeta prepago</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="52"/>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="52"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="52"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="53"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="63"/>
        <source>Active (pending or confirmed)</source>
        <translation>Activa (pendiente o confirmada)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/labels.py" line="67"/>
        <source>“Booked” means an appointment that was not cancelled: pending, confirmed, completed or a no-show. A customer whose only appointment of a service was cancelled has not booked it; a no-show was booked but is no visit.</source>
        <translation>«Reservó» quiere decir una cita que no se canceló: pendiente, confirmada, realizada o en la que no se presentó. Quien solo tuvo una cita de un servicio y la canceló no lo ha reservado; quien no se presentó sí lo reservó, pero no cuenta como visita.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/panel.py" line="92"/>
        <source>What they booked</source>
        <translation>Qué reservaron</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/panel.py" line="92"/>
        <source>Who they are</source>
        <translation>Quiénes son</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/panel.py" line="93"/>
        <source>How they visit and spend</source>
        <translation>Cómo vienen y gastan</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/panel.py" line="94"/>
        <source>How they may be reached</source>
        <translation>Cómo se les puede contactar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/panel.py" line="110"/>
        <location filename="../../salon_desk/ui/segments/panel.py" line="191"/>
        <source>Filter customers</source>
        <translation>Filtrar clientes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/panel.py" line="152"/>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/panel.py" line="159"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/panel.py" line="162"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/panel.py" line="189"/>
        <source>Save changes to “{0}”</source>
        <translation>Guardar cambios en «{0}»</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/panel.py" line="190"/>
        <source>Edit segment “{0}”</source>
        <translation>Editar segmento «{0}»</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/panel.py" line="205"/>
        <source>Counting customers</source>
        <translation>Contando clientes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/segments/panel.py" line="218"/>
        <source>The customers could not be counted: {0}</source>
        <translation>No se pudieron contar los clientes: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/segments/panel.py" line="221"/>
        <source>%n customer(s) match</source>
        <translation>
            <numerusform>%n cliente coincide</numerusform>
            <numerusform>%n clientes coinciden</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters…</source>
        <translation type="obsolete">Filtros…</translation>
    </message>
    <message>
        <source>Find customers by what they are, booked, spent and may receive</source>
        <translation type="obsolete">Buscar clientes por quiénes son, qué reservaron, cuánto gastaron y qué pueden recibir</translation>
    </message>
    <message>
        <source>No saved segment</source>
        <translation type="obsolete">Ningún segmento guardado</translation>
    </message>
    <message>
        <source>Rename, edit or delete the chosen segment</source>
        <translation type="obsolete">Renombrar, editar o eliminar el segmento elegido</translation>
    </message>
</context>
<context>
    <name>SellPrepaidDialog</name>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="139"/>
        <source>Card type</source>
        <translation>Tipo de tarjeta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="141"/>
        <source>Paid by</source>
        <translation>Pagado con</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="143"/>
        <source>No prepaid card types yet: define them in Settings.</source>
        <translation>Todavía no hay tipos de tarjeta prepago: defínalos en Configuración.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="145"/>
        <source>Sell</source>
        <translation>Vender</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="154"/>
        <source>Worth {0}, sold for {1}, valid %n month(s)</source>
        <translation>
            <numerusform>Valor {0}, se vende por {1}, válida %n mes</numerusform>
            <numerusform>Valor {0}, se vende por {1}, válida %n meses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="156"/>
        <source>for {0}</source>
        <translation>para {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="157"/>
        <source>for any service</source>
        <translation>para cualquier servicio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="164"/>
        <source>The card was not sold</source>
        <translation>No se ha vendido la tarjeta</translation>
    </message>
    <message>
        <source>Worth {0}, sold for {1}, valid {2} months</source>
        <translation type="obsolete">Valor {0}, se vende por {1}, válida {2} meses</translation>
    </message>
</context>
<context>
    <name>ServerConnect</name>
    <message>
        <location filename="../../salon_desk/ui/server/connect.py" line="155"/>
        <source>Connect to a salon server…</source>
        <translation>Conectar a un servidor del salón…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/server/connect.py" line="158"/>
        <source>Use this computer&apos;s salon file</source>
        <translation>Usar el archivo del salón de este ordenador</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="21"/>
        <source>Customer {id} does not exist</source>
        <translation>El cliente {id} no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="22"/>
        <source>Service {id} does not exist</source>
        <translation>El servicio {id} no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="23"/>
        <source>Staff member {id} does not exist</source>
        <translation>El empleado {id} no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="24"/>
        <source>Room {id} does not exist</source>
        <translation>La sala {id} no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="25"/>
        <source>Appointment {id} does not exist</source>
        <translation>La cita {id} no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="26"/>
        <source>Sale {id} does not exist</source>
        <translation>La venta {id} no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="27"/>
        <source>Debt {id} does not exist</source>
        <translation>La deuda {id} no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="28"/>
        <source>Budget {id} does not exist</source>
        <translation>El presupuesto {id} no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="29"/>
        <source>Voucher {id} does not exist</source>
        <translation>El bono {id} no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="30"/>
        <source>Prepaid card type {id} does not exist</source>
        <translation>El tipo de tarjeta prepago {id} no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="32"/>
        <source>Prepaid card {id} does not exist</source>
        <translation>La tarjeta prepago {id} no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="33"/>
        <source>Loyalty card {id} does not exist</source>
        <translation>La tarjeta de fidelidad {id} no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="34"/>
        <source>Note {id} does not exist</source>
        <translation>La nota {id} no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="35"/>
        <source>Patch test {id} does not exist</source>
        <translation>La prueba de alergia {id} no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="36"/>
        <source>Survey template {id} does not exist</source>
        <translation>La plantilla de encuesta {id} no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="38"/>
        <source>Survey {id} does not exist</source>
        <translation>La encuesta {id} no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="39"/>
        <source>Document {id} does not exist</source>
        <translation>El documento {id} no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="40"/>
        <source>Message {id} does not exist</source>
        <translation>El mensaje {id} no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="43"/>
        <source>Unknown appointment status {status}</source>
        <translation>Estado de cita desconocido: {status}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="44"/>
        <source>{name} is blocked and cannot be booked</source>
        <translation>{name} está bloqueado y no se le pueden dar citas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="45"/>
        <source>{name} is blocked and cannot be booked: {reason}</source>
        <translation>{name} está bloqueado y no se le pueden dar citas: {reason}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="47"/>
        <source>The duration must be between 5 minutes and 12 hours</source>
        <translation>La duración debe estar entre 5 minutos y 12 horas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="49"/>
        <source>The price must not be negative</source>
        <translation>El precio no puede ser negativo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="50"/>
        <source>{staff} is already booked: {what} with {who} on {day} from {start} to {end}.</source>
        <translation>{staff} ya tiene una cita: {what} con {who} el {day} de {start} a {end}.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="53"/>
        <source>{room} is already taken: {what} with {who} on {day} from {start} to {end}.</source>
        <translation>{room} ya está ocupada: {what} con {who} el {day} de {start} a {end}.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="56"/>
        <source>another customer</source>
        <translation>otro cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="57"/>
        <source>an appointment</source>
        <translation>una cita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="58"/>
        <source>The staff member</source>
        <translation>El empleado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="59"/>
        <source>The room</source>
        <translation>La sala</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="60"/>
        <source>That time was booked at another desk a moment ago: the slot is taken. Choose another time.</source>
        <translation>Otro puesto acaba de reservar esa hora: el hueco está ocupado. Elija otra hora.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="63"/>
        <source>{name} already has an appointment at that time: {what}. Book both only on purpose (two services at once with two staff members).</source>
        <translation>{name} ya tiene una cita a esa hora: {what}. Reserve las dos solo a propósito (dos servicios a la vez con dos empleados).</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="66"/>
        <source>{what} on {day} from {start} to {end}</source>
        <translation>{what} el {day} de {start} a {end}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="67"/>
        <source>{what} with {staff} on {day} from {start} to {end}</source>
        <translation>{what} con {staff} el {day} de {start} a {end}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="69"/>
        <source>Choose an appointment to charge</source>
        <translation>Elija una cita para cobrar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="70"/>
        <source>Charge one customer&apos;s appointments at a time</source>
        <translation>Cobre las citas de un solo cliente cada vez</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="72"/>
        <source>This appointment is already charged on ticket {ticket}</source>
        <translation>Esta cita ya está cobrada en el ticket {ticket}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="74"/>
        <source>The appointment has no service to charge</source>
        <translation>La cita no tiene ningún servicio que cobrar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="78"/>
        <source>Blocked customer, cannot be booked</source>
        <translation>Cliente bloqueado, no se le pueden dar citas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="79"/>
        <source>Blocked customer, cannot be booked: {reason}</source>
        <translation>Cliente bloqueado, no se le pueden dar citas: {reason}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="81"/>
        <source>Allergies / clinical information: {text}</source>
        <translation>Alergias / información clínica: {text}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="82"/>
        <source>Owes {amount} from earlier visits</source>
        <translation>Debe {amount} de visitas anteriores</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="83"/>
        <source>Note: {text}</source>
        <translation>Nota: {text}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="84"/>
        <source>Pinned note: {text}</source>
        <translation>Nota fijada: {text}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="85"/>
        <source>{service} requires a patch test: record the customer first</source>
        <translation>{service} requiere prueba de alergia: registre primero al cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="87"/>
        <source>No valid patch test for {service}: the last passed test ({tested}) expired on {until}</source>
        <translation>No hay prueba de alergia válida para {service}: la última superada ({tested}) caducó el {until}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="90"/>
        <source>No valid patch test for {service}: last test failed on {tested}</source>
        <translation>No hay prueba de alergia válida para {service}: la última no se superó el {tested}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="92"/>
        <source>No valid patch test for {service}: none recorded</source>
        <translation>No hay prueba de alergia válida para {service}: no hay ninguna registrada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="94"/>
        <source>(a test done on {tested} is waiting for its result)</source>
        <translation>(una prueba hecha el {tested} espera su resultado)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="96"/>
        <source>(a test of {what} on {tested} is not linked to a service)</source>
        <translation>(una prueba de {what} del {tested} no está asociada a ningún servicio)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="98"/>
        <source>a product</source>
        <translation>un producto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="101"/>
        <source>The discount must be a number</source>
        <translation>El descuento debe ser un número</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="102"/>
        <source>The discount must be between 0 and 100 %</source>
        <translation>El descuento debe estar entre 0 y 100 %</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="103"/>
        <source>That loyalty card is not this customer&apos;s</source>
        <translation>Esa tarjeta de fidelidad no es de este cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="105"/>
        <source>Loyalty card {number} is cancelled</source>
        <translation>La tarjeta de fidelidad {number} está anulada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="106"/>
        <source>Loyalty card {number} expired on {day}</source>
        <translation>La tarjeta de fidelidad {number} caducó el {day}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="107"/>
        <source>Add at least one line to the sale</source>
        <translation>Añada al menos una línea a la venta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="108"/>
        <source>Line {line}: the quantity must be at least 1</source>
        <translation>Línea {line}: la cantidad debe ser al menos 1</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="110"/>
        <source>Line {line}: a card line needs a price and a name</source>
        <translation>Línea {line}: una línea de tarjeta necesita precio y nombre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="112"/>
        <source>Line {line}: the item {id} ({kind}) does not exist</source>
        <translation>Línea {line}: el artículo {id} ({kind}) no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="114"/>
        <source>Line {line}: unknown kind {kind}</source>
        <translation>Línea {line}: tipo desconocido {kind}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="115"/>
        <source>Line {line}: the price must not be negative</source>
        <translation>Línea {line}: el precio no puede ser negativo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="117"/>
        <source>Voucher &quot;{voucher}&quot; pays for {service}, which is not in this sale</source>
        <translation>El bono «{voucher}» paga {service}, que no está en esta venta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="119"/>
        <source>a service</source>
        <translation>un servicio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="120"/>
        <source>Choose one of the customer&apos;s vouchers</source>
        <translation>Elija uno de los bonos del cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="121"/>
        <source>Voucher &quot;{voucher}&quot; is cancelled</source>
        <translation>El bono «{voucher}» está anulado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="122"/>
        <source>Voucher &quot;{voucher}&quot; expired on {day}</source>
        <translation>El bono «{voucher}» caducó el {day}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="123"/>
        <source>Voucher &quot;{voucher}&quot; has only %n session(s) left</source>
        <translation>
            <numerusform>Al bono «{voucher}» solo le queda %n sesión</numerusform>
            <numerusform>Al bono «{voucher}» solo le quedan %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="125"/>
        <source>Choose one of the customer&apos;s prepaid cards</source>
        <translation>Elija una de las tarjetas prepago del cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="127"/>
        <source>Prepaid card &quot;{card}&quot; is cancelled</source>
        <translation>La tarjeta prepago «{card}» está anulada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="128"/>
        <source>Prepaid card &quot;{card}&quot; expired on {day}</source>
        <translation>La tarjeta prepago «{card}» caducó el {day}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="129"/>
        <source>Prepaid card &quot;{card}&quot; has only {amount} left</source>
        <translation>A la tarjeta prepago «{card}» solo le quedan {amount}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="130"/>
        <source>Prepaid card &quot;{card}&quot; can pay only {amount} of this sale (the services it is valid for)</source>
        <translation>La tarjeta prepago «{card}» solo puede pagar {amount} de esta venta (los servicios para los que vale)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="133"/>
        <source>Choose one of the customer&apos;s loyalty cards</source>
        <translation>Elija una de las tarjetas de fidelidad del cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="135"/>
        <source>Loyalty card {number} has only {amount} left</source>
        <translation>A la tarjeta de fidelidad {number} solo le quedan {amount}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="137"/>
        <source>Unknown payment method {method}</source>
        <translation>Forma de pago desconocida: {method}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="138"/>
        <source>Only a customer&apos;s sale can be paid with vouchers, cards or points</source>
        <translation>Solo la venta a un cliente puede pagarse con bonos, tarjetas o puntos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="140"/>
        <source>Enter how many points to redeem</source>
        <translation>Indique cuántos puntos canjear</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="141"/>
        <source>The customer has only %n point(s)</source>
        <translation>
            <numerusform>El cliente solo tiene %n punto</numerusform>
            <numerusform>El cliente solo tiene %n puntos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="142"/>
        <source>Every payment must be more than zero</source>
        <translation>Cada pago debe ser mayor que cero</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="143"/>
        <source>Only cash is handed over with change</source>
        <translation>Solo el efectivo se entrega con cambio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="144"/>
        <source>The cash handed over is less than the amount</source>
        <translation>El efectivo entregado es menor que el importe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="146"/>
        <source>The payments ({paid}) are more than the total ({total})</source>
        <translation>Los pagos ({paid}) superan el total ({total})</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="148"/>
        <source>A sale without a customer must be paid in full</source>
        <translation>Una venta sin cliente debe pagarse completa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="150"/>
        <source>{name} (%n left)</source>
        <translation>
            <numerusform>{name} (queda %n)</numerusform>
            <numerusform>{name} (quedan %n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="151"/>
        <source>{name} ({amount} left)</source>
        <translation>{name} (quedan {amount})</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="154"/>
        <source>Enter an amount greater than zero</source>
        <translation>Introduzca un importe mayor que cero</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="155"/>
        <source>Only {left} is left to pay on this debt; {amount} is too much</source>
        <translation>Solo quedan {left} por pagar de esta deuda; {amount} es demasiado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="157"/>
        <source>This debt is already paid in full (perhaps at another desk a moment ago): nothing was charged</source>
        <translation>Esta deuda ya está pagada del todo (quizá en otro puesto hace un momento): no se ha cobrado nada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="160"/>
        <source>A debt is paid in cash, by card or by transfer</source>
        <translation>Una deuda se paga en efectivo, con tarjeta o por transferencia</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="162"/>
        <source>The customer owes {owed}; {amount} is too much</source>
        <translation>El cliente debe {owed}; {amount} es demasiado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="166"/>
        <source>Ticket {ticket}</source>
        <translation>Ticket {ticket}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="167"/>
        <source>Paid on ticket {ticket}</source>
        <translation>Pagado en el ticket {ticket}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="168"/>
        <source>Unpaid on ticket {ticket}</source>
        <translation>Pendiente del ticket {ticket}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="169"/>
        <source>Unpaid on ticket</source>
        <translation>Pendiente de un ticket</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="170"/>
        <source>From ticket {ticket}</source>
        <translation>Del ticket {ticket}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="171"/>
        <source>Prepaid card &quot;{card}&quot;</source>
        <translation>Tarjeta prepago «{card}»</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="172"/>
        <source>Loyalty card {number}</source>
        <translation>Tarjeta de fidelidad {number}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="173"/>
        <source>Debt payment</source>
        <translation>Pago de deuda</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="174"/>
        <source>Debt payment (ticket {ticket})</source>
        <translation>Pago de deuda (ticket {ticket})</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="175"/>
        <source>{what}: {note}</source>
        <translation>{what}: {note}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="178"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="179"/>
        <source>Prefers Silence</source>
        <translation>Prefiere silencio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="180"/>
        <source>Often Late</source>
        <translation>Suele llegar tarde</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="181"/>
        <source>Often Early</source>
        <translation>Suele llegar pronto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="182"/>
        <source>Frequent Visitor</source>
        <translation>Cliente frecuente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="183"/>
        <source>New Customer</source>
        <translation>Cliente nuevo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="184"/>
        <source>Check import</source>
        <translation>Revisar importación</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="195"/>
        <source>Ticket {ticket} was already cancelled on {day}</source>
        <translation>El ticket {ticket} ya se anuló el {day}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="197"/>
        <source>Give the reason for cancelling the sale</source>
        <translation>Indique el motivo para anular la venta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="199"/>
        <source>Voucher &quot;{name}&quot; sold on ticket {ticket} has %n session(s) used already, so the sale cannot be cancelled</source>
        <translation>
            <numerusform>El bono «{name}» vendido en el ticket {ticket} ya tiene %n sesión usada, así que la venta no se puede anular</numerusform>
            <numerusform>El bono «{name}» vendido en el ticket {ticket} ya tiene %n sesiones usadas, así que la venta no se puede anular</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="202"/>
        <source>Prepaid card &quot;{name}&quot; sold on ticket {ticket} has been used already, so the sale cannot be cancelled</source>
        <translation>La tarjeta prepago «{name}» vendida en el ticket {ticket} ya se ha usado, así que la venta no se puede anular</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="205"/>
        <source>Ticket {ticket} is not cancelled</source>
        <translation>El ticket {ticket} no está anulado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="206"/>
        <source>Voucher &quot;{name}&quot; is already cancelled</source>
        <translation>El bono «{name}» ya está anulado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="208"/>
        <source>Give the reason for cancelling the voucher</source>
        <translation>Indique el motivo para anular el bono</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="210"/>
        <source>Give the reason for deleting the voucher</source>
        <translation>Indique el motivo para eliminar el bono</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="212"/>
        <source>Voucher &quot;{name}&quot; has %n session(s) used, so it cannot be deleted; cancel it instead</source>
        <translation>
            <numerusform>El bono «{name}» tiene %n sesión usada, así que no se puede eliminar; anúlelo en su lugar</numerusform>
            <numerusform>El bono «{name}» tiene %n sesiones usadas, así que no se puede eliminar; anúlelo en su lugar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="215"/>
        <source>Voucher &quot;{name}&quot; (%n session(s), bought {day}) deleted: {reason}</source>
        <translation>
            <numerusform>Bono «{name}» (%n sesión, comprado el {day}) eliminado: {reason}</numerusform>
            <numerusform>Bono «{name}» (%n sesiones, comprado el {day}) eliminado: {reason}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="218"/>
        <source>Cancelled ticket {ticket}</source>
        <translation>Ticket {ticket} anulado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="219"/>
        <source>Debt payment given back, ticket {ticket} cancelled</source>
        <translation>Pago de deuda devuelto, ticket {ticket} anulado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="221"/>
        <source>Points paid with given back, ticket {ticket} cancelled</source>
        <translation>Puntos con que se pagó devueltos, ticket {ticket} anulado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="223"/>
        <source>Points earned taken back, ticket {ticket} cancelled</source>
        <translation>Puntos ganados retirados, ticket {ticket} anulado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="225"/>
        <source>Unpaid on ticket {ticket}, closed when the sale was cancelled</source>
        <translation>Pendiente del ticket {ticket}, cerrado al anularse la venta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="232"/>
        <source>The payments ({paid}) are more than the total and the earlier debt ({total})</source>
        <translation>Los pagos ({paid}) superan el total más la deuda anterior ({total})</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="235"/>
        <source>Only a customer&apos;s sale can pay an earlier debt</source>
        <translation>Solo la venta de un cliente puede pagar una deuda anterior</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="239"/>
        <source>An amount of money must be a whole number of cents, not {value}</source>
        <translation>Un importe debe ser un número entero de céntimos, no {value}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="241"/>
        <source>A whole number is needed here, not {value}</source>
        <translation>Aquí hace falta un número entero, no {value}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="242"/>
        <source>A discount must be given as an exact number (Decimal) or a whole number, not {value}</source>
        <translation>Un descuento debe darse como número exacto (Decimal) o entero, no {value}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="247"/>
        <source>The folder {folder} does not exist: choose another folder or create it first</source>
        <translation>La carpeta {folder} no existe: elija otra carpeta o créela antes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="250"/>
        <source>{folder} is a file, not a folder</source>
        <translation>{folder} es un archivo, no una carpeta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="251"/>
        <source>{file} is a folder: give the name of a file to write</source>
        <translation>{file} es una carpeta: indique el nombre del archivo que se va a escribir</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="253"/>
        <source>{file} cannot be written: you have no permission to write there, or the file is open in another program</source>
        <translation>No se puede escribir {file}: no tiene permiso para escribir ahí o el archivo está abierto en otro programa</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="256"/>
        <source>{file} cannot be written: the disk is full</source>
        <translation>No se puede escribir {file}: el disco está lleno</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="258"/>
        <source>{file} cannot be written ({reason})</source>
        <translation>No se puede escribir {file} ({reason})</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="261"/>
        <source>{file} does not exist</source>
        <translation>{file} no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="262"/>
        <source>There is no import number {id}</source>
        <translation>No hay ninguna importación número {id}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="263"/>
        <source>{file} cannot be opened: it may be open in another program, or you may not have permission to read it</source>
        <translation>No se puede abrir {file}: puede estar abierto en otro programa, o quizá no tenga permiso para leerlo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="266"/>
        <source>{file}: Salon Desk reads .xlsx, .xls, .ods and .csv files, not {suffix}</source>
        <translation>{file}: Salon Desk lee archivos .xlsx, .xls, .ods y .csv, no {suffix}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="268"/>
        <source>{file} is empty</source>
        <translation>{file} está vacío</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="269"/>
        <source>{file} cannot be read as a spreadsheet: it is damaged, protected by a password, or not a spreadsheet</source>
        <translation>No se puede leer {file} como hoja de cálculo: está dañado, protegido con contraseña o no es una hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="272"/>
        <source>{file} is not a text or spreadsheet file (it holds binary data): choose the .csv, .xlsx, .xls or .ods file with the customers</source>
        <translation>{file} no es un archivo de texto ni una hoja de cálculo (contiene datos binarios): elija el archivo .csv, .xlsx, .xls u .ods con los clientes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="275"/>
        <source>Sheet “{sheet}” of {file} uses cells as far as {cell}, {cells} cells in all; Salon Desk reads sheets of up to {limit} cells. Delete the cells far from the customers (or copy the customers to a new file) and import again.</source>
        <translation>La hoja «{sheet}» de {file} usa celdas hasta la {cell}, {cells} celdas en total; Salon Desk lee hojas de hasta {limit} celdas. Borre las celdas alejadas de los clientes (o copie los clientes a un archivo nuevo) e importe de nuevo.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="280"/>
        <source>{file} holds more than {limit} cells: too many for a list of customers. Save the customers alone in a new file and import that.</source>
        <translation>{file} tiene más de {limit} celdas: demasiadas para una lista de clientes. Guarde solo los clientes en un archivo nuevo e importe ese.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="283"/>
        <source>{file} holds a cell with more than {limit} characters, far more than a spreadsheet cell can hold: the file is damaged or was not made by a spreadsheet program, and it is not read.</source>
        <translation>{file} tiene una celda con más de {limit} caracteres, mucho más de lo que cabe en una celda de hoja de cálculo: el archivo está dañado o no lo hizo un programa de hojas de cálculo, y no se lee.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="287"/>
        <source>{file} unpacks to more than {limit} MB: too big to be a list of customers (it may be damaged). Save the customers alone in a new file and import that.</source>
        <translation>{file} ocupa más de {limit} MB al descomprimirlo: demasiado para una lista de clientes (puede estar dañado). Guarde solo los clientes en un archivo nuevo e importe ese.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="291"/>
        <source>{file} is larger than {limit} MB: too big to be a list of customers.</source>
        <translation>{file} ocupa más de {limit} MB: demasiado para una lista de clientes.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="293"/>
        <source>Row {row} of {file} has more columns ({columns}) than Salon Desk reads: up to {limit}, as many as a spreadsheet has.</source>
        <translation>La fila {row} de {file} tiene más columnas ({columns}) de las que lee Salon Desk: hasta {limit}, tantas como tiene una hoja de cálculo.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="297"/>
        <source>Row {row} of {file} (from line {line}) holds a value of more than {limit} characters: most likely a quote (&quot;) opened there is never closed. Correct it and import again.</source>
        <translation>La fila {row} de {file} (desde la línea {line}) tiene un valor de más de {limit} caracteres: lo más probable es que unas comillas (&quot;) abiertas ahí no se cierren nunca. Corríjalo e importe de nuevo.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="303"/>
        <source>Import {id} was already undone</source>
        <translation>La importación {id} ya se deshizo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="304"/>
        <source>Import {id} cannot be undone: %n of its customers changed since.
  {listed}</source>
        <translation>
            <numerusform>La importación {id} no se puede deshacer: %n de sus clientes ha cambiado desde entonces.
  {listed}</numerusform>
            <numerusform>La importación {id} no se puede deshacer: %n de sus clientes han cambiado desde entonces.
  {listed}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="308"/>
        <source>#{id} {name}: {why}</source>
        <translation>#{id} {name}: {why}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="309"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…y %n más</numerusform>
            <numerusform>…y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="310"/>
        <source>merged into another customer</source>
        <translation>fusionado con otro cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="311"/>
        <source>edited since the import</source>
        <translation>editado después de la importación</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="312"/>
        <source>has {records} since the import</source>
        <translation>tiene registros en «{records}» después de la importación</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="315"/>
        <source>Row {row}: a quote (&quot;) opens a value that runs over lines {first} to {last} of the file and takes in %n line(s) that look like rows of their own. Check the quotes in that row: as it stands, those lines are read as part of it.</source>
        <translation>
            <numerusform>Fila {row}: unas comillas (&quot;) abren un valor que ocupa las líneas {first} a {last} del archivo y se llevan %n línea que parece una fila aparte. Revise las comillas de esa fila: tal como está, esa línea se lee como parte de ella.</numerusform>
            <numerusform>Fila {row}: unas comillas (&quot;) abren un valor que ocupa las líneas {first} a {last} del archivo y se llevan %n líneas que parecen filas aparte. Revise las comillas de esa fila: tal como está, esas líneas se leen como parte de ella.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="320"/>
        <source>Row {row}: a quote (&quot;) opened on line {first} is never closed, so the rest of the file (to line {last}) is read as one value. Check the quotes in that row.</source>
        <translation>Fila {row}: las comillas (&quot;) abiertas en la línea {first} no se cierran nunca, así que el resto del archivo (hasta la línea {last}) se lee como un solo valor. Revise las comillas de esa fila.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="324"/>
        <source>The file mixes two ways of writing accented letters: %n row(s) ({rows}) were read as Windows-1252, the rest as UTF-8. Check their names; they carry the “Check import” badge.</source>
        <translation>
            <numerusform>El archivo mezcla dos formas de escribir las letras acentuadas: %n fila ({rows}) se leyó como Windows-1252 y el resto como UTF-8. Revise sus nombres; lleva la etiqueta «Revisar importación».</numerusform>
            <numerusform>El archivo mezcla dos formas de escribir las letras acentuadas: %n filas ({rows}) se leyeron como Windows-1252 y el resto como UTF-8. Revise sus nombres; llevan la etiqueta «Revisar importación».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="328"/>
        <source>The file ends in the middle of a character: it may have been cut short. Check its last row.</source>
        <translation>El archivo termina a mitad de un carácter: puede que esté cortado. Revise su última fila.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="331"/>
        <source>NUL characters (invisible control codes) were removed from %n row(s): {rows}.</source>
        <translation>
            <numerusform>Se quitaron caracteres NUL (códigos de control invisibles) de %n fila: {rows}.</numerusform>
            <numerusform>Se quitaron caracteres NUL (códigos de control invisibles) de %n filas: {rows}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="334"/>
        <source>%n cell(s) hold a formula without its result (rows {rows}): the file was saved by a program that does not calculate. Open it in a spreadsheet program, save it and import it again; as it stands, the formulas are kept in the notes.</source>
        <translation>
            <numerusform>%n celda tiene una fórmula sin su resultado (filas {rows}): el archivo lo guardó un programa que no calcula. Ábralo en un programa de hojas de cálculo, guárdelo e impórtelo de nuevo; tal como está, las fórmulas se guardan en las notas.</numerusform>
            <numerusform>%n celdas tienen una fórmula sin su resultado (filas {rows}): el archivo lo guardó un programa que no calcula. Ábralo en un programa de hojas de cálculo, guárdelo e impórtelo de nuevo; tal como está, las fórmulas se guardan en las notas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="339"/>
        <source>%n row(s) ({rows}) hold a number with a decimal comma (such as 10,5) that the commas separating the columns had cut in two: it was read as one number.</source>
        <translation>
            <numerusform>%n fila ({rows}) tiene un número con coma decimal (como 10,5) que las comas que separan las columnas habían partido en dos: se leyó como un solo número.</numerusform>
            <numerusform>%n filas ({rows}) tienen un número con coma decimal (como 10,5) que las comas que separan las columnas habían partido en dos: se leyó como un solo número.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="343"/>
        <source>%n row(s) ({rows}) have values in columns without a header: they are kept in the notes of those customers, who carry the “Check import” badge.</source>
        <translation>
            <numerusform>%n fila ({rows}) tiene valores en columnas sin encabezado: se guardan en las notas de ese cliente, que lleva la etiqueta «Revisar importación».</numerusform>
            <numerusform>%n filas ({rows}) tienen valores en columnas sin encabezado: se guardan en las notas de esos clientes, que llevan la etiqueta «Revisar importación».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="347"/>
        <source>Column {column}</source>
        <translation>Columna {column}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="350"/>
        <source>The name holds only invisible characters</source>
        <translation>El nombre solo tiene caracteres invisibles</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="352"/>
        <source>The row holds only invisible characters (such as zero-width spaces)</source>
        <translation>La fila solo tiene caracteres invisibles (como espacios de ancho cero)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="354"/>
        <source>too large for a customer number (the largest is {limit})</source>
        <translation>demasiado grande para un número de cliente (el mayor es {limit})</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="356"/>
        <source>read as Windows-1252 (the file mixes two encodings): check its accents</source>
        <translation>leída como Windows-1252 (el archivo mezcla dos codificaciones): revise sus acentos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="358"/>
        <source>NUL characters removed</source>
        <translation>caracteres NUL quitados</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="359"/>
        <source>a number too long for the spreadsheet, which kept only its first 15 digits: check it against the original</source>
        <translation>un número demasiado largo para la hoja de cálculo, que solo guardó sus 15 primeras cifras: compruébelo con el original</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="362"/>
        <source>a formula without its result: kept as written</source>
        <translation>una fórmula sin su resultado: se guarda tal como está escrita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="364"/>
        <source>in a column without a header: kept in the notes</source>
        <translation>en una columna sin encabezado: se guarda en las notas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="366"/>
        <source>runs over lines {first} to {last} of the file: a quote may be missing</source>
        <translation>ocupa las líneas {first} a {last} del archivo: puede que falten unas comillas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="368"/>
        <source>“{text}” has letters in it: write only the number (an extension as “ext. 12”)</source>
        <translation>«{text}» tiene letras: escriba solo el número (una extensión como «ext. 12»)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="373"/>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="374"/>
        <source>not a valid email</source>
        <translation>no es un email válido</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="375"/>
        <source>not yes or no</source>
        <translation>no es sí ni no</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="376"/>
        <source>not Active or Inactive</source>
        <translation>no es Activo ni Inactivo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="377"/>
        <source>not a gender (female, male, other)</source>
        <translation>no es un sexo (mujer, hombre, otro)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="378"/>
        <source>not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="379"/>
        <source>a discount must be between 0 and 100 %</source>
        <translation>un descuento debe estar entre 0 y 100 %</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="381"/>
        <source>not a whole number</source>
        <translation>no es un número entero</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="382"/>
        <source>not an amount</source>
        <translation>no es un importe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="383"/>
        <source>not a country (use the two-letter code: ES, GB, FR...)</source>
        <translation>no es un país (use el código de dos letras: ES, GB, FR...)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="385"/>
        <source>not a date</source>
        <translation>no es una fecha</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="386"/>
        <source>only a year, without day and month</source>
        <translation>solo un año, sin día ni mes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="387"/>
        <source>day and month cannot be told apart; choose the date order</source>
        <translation>no se distinguen el día y el mes; elija el orden de las fechas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="389"/>
        <source>there is no month {month}</source>
        <translation>no existe el mes {month}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="390"/>
        <source>day {day} does not exist in that month</source>
        <translation>el día {day} no existe en ese mes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="391"/>
        <source>the year is missing</source>
        <translation>falta el año</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="392"/>
        <source>not a date and time</source>
        <translation>no es una fecha y hora</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="393"/>
        <source>not a valid time</source>
        <translation>no es una hora válida</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="394"/>
        <source>not a customer number</source>
        <translation>no es un número de cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="395"/>
        <source>the year is too far in the past</source>
        <translation>el año es demasiado antiguo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="396"/>
        <source>the date is in the future</source>
        <translation>la fecha es futura</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="397"/>
        <source>not a date or yes/no</source>
        <translation>no es una fecha ni sí/no</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="398"/>
        <source>no employee of that name</source>
        <translation>no hay ningún empleado con ese nombre</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="399"/>
        <source>too long: at most %n character(s) fit in this field; this has {length}</source>
        <translation>
            <numerusform>demasiado largo: en este campo cabe como máximo %n carácter; este tiene {length}</numerusform>
            <numerusform>demasiado largo: en este campo caben como máximo %n caracteres; este tiene {length}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="401"/>
        <source>&quot;{text}&quot; is not a phone number</source>
        <translation>«{text}» no es un número de teléfono</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="402"/>
        <source>&quot;{text}&quot; is not a valid phone number for {country}</source>
        <translation>«{text}» no es un número de teléfono válido para {country}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="406"/>
        <source>No name: a first name or a last name is needed</source>
        <translation>Sin nombre: hace falta un nombre o unos apellidos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="408"/>
        <source>{column}: &apos;{value}&apos; ({why})</source>
        <translation>{column}: «{value}» ({why})</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="409"/>
        <source>The dates in this file can be read day-first or month-first (e.g. 05/06/1990): choose the date order.</source>
        <translation>Las fechas de este archivo pueden leerse con el día primero o con el mes primero (p. ej. 05/06/1990): elija el orden de las fechas.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="412"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="413"/>
        <source>New (unreadable values kept in the notes)</source>
        <translation>Nuevo (los valores ilegibles se guardan en las notas)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="415"/>
        <source>Skipped: the template&apos;s example row</source>
        <translation>Omitida: la fila de ejemplo de la plantilla</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="416"/>
        <source>Rejected: {why}</source>
        <translation>Rechazada: {why}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="417"/>
        <source>Same as row {row} ({why}): {action}</source>
        <translation>Igual que la fila {row} ({why}): {action}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="418"/>
        <source>Matches #{id} ({why}): {action}</source>
        <translation>Coincide con #{id} ({why}): {action}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="419"/>
        <source>will be skipped</source>
        <translation>se omitirá</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="420"/>
        <source>empty fields will be filled</source>
        <translation>se rellenarán los campos vacíos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="421"/>
        <source>same ID</source>
        <translation>mismo ID</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="422"/>
        <source>same external ID</source>
        <translation>mismo ID externo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="423"/>
        <source>same email</source>
        <translation>mismo email</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="424"/>
        <source>same mobile</source>
        <translation>mismo móvil</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="425"/>
        <source>the template&apos;s example row</source>
        <translation>la fila de ejemplo de la plantilla</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="426"/>
        <source>{why} as customer #{id}</source>
        <translation>{why} que el cliente #{id}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="427"/>
        <source>added to the new customer of row {row}</source>
        <translation>añadida al cliente nuevo de la fila {row}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="428"/>
        <source>nothing to add to customer #{id}</source>
        <translation>nada que añadir al cliente #{id}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="431"/>
        <source>That staff member does not exist</source>
        <translation>Ese empleado no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="432"/>
        <source>That service does not exist</source>
        <translation>Ese servicio no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="433"/>
        <source>That product does not exist</source>
        <translation>Ese producto no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="434"/>
        <source>That appointment is not one of this customer&apos;s</source>
        <translation>Esa cita no es de este cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="436"/>
        <source>A name is required</source>
        <translation>El nombre es obligatorio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="437"/>
        <source>Must not be negative</source>
        <translation>No puede ser negativo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="438"/>
        <source>&quot;{name}&quot; already exists</source>
        <translation>«{name}» ya existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="439"/>
        <source>The expiry date is before the purchase date</source>
        <translation>La fecha de caducidad es anterior a la de compra</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="441"/>
        <source>This file is not an image Salon Desk can read (use JPEG, PNG, WebP, BMP, GIF or TIFF)</source>
        <translation>Este archivo no es una imagen que Salon Desk pueda leer (use JPEG, PNG, WebP, BMP, GIF o TIFF)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="444"/>
        <source>The file {file} does not exist</source>
        <translation>El archivo {file} no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="445"/>
        <source>{file} is not a file</source>
        <translation>{file} no es un archivo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="448"/>
        <source>Enter at least a first name or a last name</source>
        <translation>Escriba al menos un nombre o un apellido</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="449"/>
        <source>Too long: at most %n character(s) fit here; this has {length}</source>
        <translation>
            <numerusform>Demasiado largo: aquí cabe como máximo %n carácter; este tiene {length}</numerusform>
            <numerusform>Demasiado largo: aquí caben como máximo %n caracteres; este tiene {length}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="451"/>
        <source>The email is not valid: {reason}</source>
        <translation>El email no es válido: {reason}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="452"/>
        <source>The mobile is not valid: {reason}</source>
        <translation>El móvil no es válido: {reason}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="453"/>
        <source>The phone is not valid: {reason}</source>
        <translation>El teléfono no es válido: {reason}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="454"/>
        <source>Choose female, male, other or unspecified</source>
        <translation>Elija mujer, hombre, otro o sin especificar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="455"/>
        <source>Customer since cannot be in the future</source>
        <translation>«Cliente desde» no puede ser una fecha futura</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="457"/>
        <source>Use the two-letter country code (ES, GB, FR...)</source>
        <translation>Use el código de país de dos letras (ES, GB, FR...)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="459"/>
        <source>Say why the customer is blocked</source>
        <translation>Indique por qué está bloqueado el cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="460"/>
        <source>Unknown consent {category}/{channel}</source>
        <translation>Consentimiento desconocido {category}/{channel}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="461"/>
        <source>Give both the day and the month</source>
        <translation>Indique el día y el mes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="462"/>
        <source>The month must be between 1 and 12</source>
        <translation>El mes debe estar entre 1 y 12</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="463"/>
        <source>Day {day} does not exist in that month</source>
        <translation>El día {day} no existe en ese mes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="464"/>
        <source>The year is too far in the past</source>
        <translation>El año es demasiado antiguo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="465"/>
        <source>The date of birth is in the future</source>
        <translation>La fecha de nacimiento es futura</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="468"/>
        <source>{name} was changed at another desk since you opened this form, and nothing was saved. Their value → yours: {changes}. Reload to see their changes, then make yours again.</source>
        <translation>{name} se ha cambiado en otro puesto desde que abrió esta ficha, y no se ha guardado nada. Su valor → el suyo: {changes}. Vuelva a cargar la ficha para ver sus cambios y haga de nuevo los suyos.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="472"/>
        <source>{field}: {theirs} → {yours}</source>
        <translation>{field}: {theirs} → {yours}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="473"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="474"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="475"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="476"/>
        <source>female</source>
        <translation>mujer</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="477"/>
        <source>male</source>
        <translation>hombre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="478"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="479"/>
        <source>unspecified</source>
        <translation>sin especificar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="480"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="481"/>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="482"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="483"/>
        <source>Gender</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="484"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="485"/>
        <source>Anniversary</source>
        <translation>Aniversario</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="486"/>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="487"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="488"/>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="489"/>
        <source>Region</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="490"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="491"/>
        <source>Preferred staff</source>
        <translation>Profesional preferido</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="492"/>
        <source>Referred by</source>
        <translation>Cómo nos conoció</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="493"/>
        <source>External ID</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="494"/>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="495"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="496"/>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="497"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="498"/>
        <source>Allergies and health</source>
        <translation>Alergias y salud</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="499"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="500"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="501"/>
        <source>Why blocked</source>
        <translation>Motivo del bloqueo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="502"/>
        <source>Privacy policy accepted</source>
        <translation>Política de privacidad aceptada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="503"/>
        <source>Appointment reminders</source>
        <translation>Recordatorios de citas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="504"/>
        <source>Birthday greetings</source>
        <translation>Felicitaciones de cumpleaños</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="505"/>
        <source>Marketing messages</source>
        <translation>Mensajes publicitarios</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="506"/>
        <source>Badges</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="507"/>
        <source>Consent to {category} by {channel}</source>
        <translation>Consentimiento de {category} por {channel}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="508"/>
        <source>appointment information</source>
        <translation>información de citas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="509"/>
        <source>promotions</source>
        <translation>promociones</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="512"/>
        <source>The database already has customers; demo data goes into an empty one.</source>
        <translation>La base de datos ya tiene clientes; los datos de demostración van en una vacía.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="516"/>
        <source>Choose two different customers</source>
        <translation>Elija dos clientes distintos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="517"/>
        <source>Customer {id} was already merged into customer {into}</source>
        <translation>El cliente {id} ya se fusionó con el cliente {into}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="519"/>
        <source>Choose at least one other customer to merge into this one</source>
        <translation>Elija al menos otro cliente para fusionarlo con este</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="521"/>
        <source>The customer kept cannot also be merged away</source>
        <translation>El cliente que se conserva no puede fusionarse también</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="523"/>
        <source>Unknown fields to merge: {fields}</source>
        <translation>Campos desconocidos para fusionar: {fields}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="524"/>
        <source>{field}: give {count} values ({columns})</source>
        <translation>{field}: indique {count} valores ({columns})</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="526"/>
        <source>Customer {id} has no merge to undo</source>
        <translation>El cliente {id} no tiene ninguna fusión que deshacer</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="527"/>
        <source>That merge was already undone on {day}</source>
        <translation>Esa fusión ya se deshizo el {day}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="529"/>
        <source>Customer {id} no longer exists</source>
        <translation>El cliente {id} ya no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="530"/>
        <source>Customer {id} was merged into customer {into} afterwards: undo that merge first</source>
        <translation>El cliente {id} se fusionó después con el cliente {into}: deshaga primero esa fusión</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="533"/>
        <source>Only the latest merge of customer {id} can be undone: undo the merge of {merged} ({when}) first</source>
        <translation>Solo se puede deshacer la última fusión del cliente {id}: deshaga primero la fusión de {merged} ({when})</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="536"/>
        <source>Customer {id} was deleted since the merge</source>
        <translation>El cliente {id} se ha eliminado después de la fusión</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="538"/>
        <source>Customer {id} changed since the merge</source>
        <translation>El cliente {id} ha cambiado después de la fusión</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="542"/>
        <source>{label} must be a whole number</source>
        <translation>{label} debe ser un número entero</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="543"/>
        <source>{label} must be between {low} and {high}</source>
        <translation>{label} debe estar entre {low} y {high}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="544"/>
        <source>The developer volume</source>
        <translation>El volumen del oxidante</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="545"/>
        <source>The processing time</source>
        <translation>El tiempo de exposición</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="546"/>
        <source>The starting level</source>
        <translation>La altura de partida</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="547"/>
        <source>The target level</source>
        <translation>La altura deseada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="548"/>
        <source>Shade {number}: the amount must be a number of grams</source>
        <translation>Tono {number}: la cantidad debe ser un número de gramos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="550"/>
        <source>Shade {number}: give the shade (e.g. 6.3)</source>
        <translation>Tono {number}: indique el tono (p. ej. 6.3)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="552"/>
        <source>Shade {name}: the amount must be between 0.1 and 1000 g</source>
        <translation>Tono {name}: la cantidad debe estar entre 0,1 y 1000 g</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="554"/>
        <source>Write the mixing ratio as colour:developer, e.g. 1:1.5</source>
        <translation>Escriba la proporción de mezcla como tinte:oxidante, p. ej. 1:1.5</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="556"/>
        <source>A note is either general or colour</source>
        <translation>Una nota es general o de color</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="557"/>
        <source>A colour formula needs at least one shade (or a note)</source>
        <translation>Una fórmula de color necesita al menos un tono (o una nota)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="559"/>
        <source>Write the note</source>
        <translation>Escriba la nota</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="560"/>
        <source>The formula to start from is not one of this customer&apos;s</source>
        <translation>La fórmula de partida no es de este cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="562"/>
        <source>That note has no colour formula to reuse</source>
        <translation>Esa nota no tiene una fórmula de color que reutilizar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="566"/>
        <source>The result must be passed, failed or pending</source>
        <translation>El resultado debe ser superada, no superada o pendiente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="568"/>
        <source>Give the date of the test</source>
        <translation>Indique la fecha de la prueba</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="569"/>
        <source>The test date cannot be in the future</source>
        <translation>La fecha de la prueba no puede ser futura</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="570"/>
        <source>Say what was tested (a service, a product or a description)</source>
        <translation>Indique qué se probó (un servicio, un producto o una descripción)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="572"/>
        <source>Valid until cannot be before the test date</source>
        <translation>«Válido hasta» no puede ser anterior a la fecha de la prueba</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="576"/>
        <source>Give the survey a name</source>
        <translation>Ponga un nombre a la encuesta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="577"/>
        <source>A survey named &quot;{name}&quot; already exists</source>
        <translation>Ya existe una encuesta llamada «{name}»</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="578"/>
        <source>Question {number} has no text</source>
        <translation>La pregunta {number} no tiene texto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="579"/>
        <source>Question {number}: unknown kind {kind}</source>
        <translation>Pregunta {number}: tipo desconocido {kind}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="581"/>
        <source>Question {number}: give at least two choices</source>
        <translation>Pregunta {number}: indique al menos dos opciones</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="583"/>
        <source>Question {number}: the choices repeat</source>
        <translation>Pregunta {number}: hay opciones repetidas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="585"/>
        <source>Add at least one question</source>
        <translation>Añada al menos una pregunta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="586"/>
        <source>{question}: {problem}</source>
        <translation>{question}: {problem}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="587"/>
        <source>The rating must be a number from 1 to 5</source>
        <translation>La puntuación debe ser un número del 1 al 5</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="589"/>
        <source>The rating must be from 1 to 5</source>
        <translation>La puntuación debe ser del 1 al 5</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="590"/>
        <source>Answer yes or no</source>
        <translation>Responda sí o no</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="591"/>
        <source>“{value}” is not one of the choices</source>
        <translation>«{value}» no es una de las opciones</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="592"/>
        <source>Some answers are for questions that are not in this survey</source>
        <translation>Algunas respuestas son de preguntas que no están en esta encuesta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="594"/>
        <source>Answer at least one question</source>
        <translation>Responda al menos una pregunta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="597"/>
        <source>Refusing an unexpected stored file name: {name}</source>
        <translation>Se rechaza un nombre de archivo guardado inesperado: {name}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="599"/>
        <source>“{name}” is {size}; files up to {limit} MB can be attached (the limit can be changed in Settings).</source>
        <translation>«{name}» ocupa {size}; se pueden adjuntar archivos de hasta {limit} MB (el límite se cambia en Configuración).</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="602"/>
        <source>The title is too long (200 characters at most)</source>
        <translation>El título es demasiado largo (200 caracteres como máximo)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="604"/>
        <source>The document date cannot be in the future</source>
        <translation>La fecha del documento no puede ser futura</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="606"/>
        <source>Give the document a title</source>
        <translation>Ponga un título al documento</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="607"/>
        <source>The file of “{title}” is missing from the documents folder ({folder}).</source>
        <translation>Falta el archivo de «{title}» en la carpeta de documentos ({folder}).</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="609"/>
        <source>“{name}” could not be read: {reason}</source>
        <translation>No se pudo leer «{name}»: {reason}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="612"/>
        <source>Choose how the message was sent</source>
        <translation>Elija cómo se envió el mensaje</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="613"/>
        <source>Choose what the message was about</source>
        <translation>Elija de qué trataba el mensaje</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="614"/>
        <source>Write what was said (a subject or the text)</source>
        <translation>Escriba qué se dijo (un asunto o el texto)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="615"/>
        <source>The subject is too long (200 characters at most)</source>
        <translation>El asunto es demasiado largo (200 caracteres como máximo)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="617"/>
        <source>A logged message cannot be in the future</source>
        <translation>Un mensaje anotado no puede ser futuro</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="619"/>
        <source>Only messages logged by hand can be deleted</source>
        <translation>Solo se pueden eliminar los mensajes anotados a mano</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="623"/>
        <source>&quot;{name}&quot; is a built-in badge and cannot be deleted</source>
        <translation>«{name}» es una etiqueta de la aplicación y no se puede eliminar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="625"/>
        <source>&quot;{name}&quot; is still used elsewhere; make it inactive instead</source>
        <translation>«{name}» todavía se usa en otros sitios; desactívelo en lugar de eliminarlo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="627"/>
        <source>Each line holds either a service or a product</source>
        <translation>Cada línea lleva un servicio o un producto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="629"/>
        <source>Quantities must be at least 1</source>
        <translation>Las cantidades deben ser al menos 1</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="630"/>
        <source>Customer category {id} does not exist</source>
        <translation>La categoría de cliente {id} no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="631"/>
        <source>Badge {id} does not exist</source>
        <translation>La etiqueta {id} no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="632"/>
        <source>Service type {id} does not exist</source>
        <translation>El tipo de servicio {id} no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="633"/>
        <source>Product {id} does not exist</source>
        <translation>El producto {id} no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="634"/>
        <source>Package {id} does not exist</source>
        <translation>El pack {id} no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="642"/>
        <source>Add at least one line to the budget</source>
        <translation>Añada al menos una línea al presupuesto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="643"/>
        <source>Line {line}: {kind} {id} does not exist</source>
        <translation>Línea {line}: {kind} {id} no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="645"/>
        <source>Line {line}: check the price and the discount</source>
        <translation>Línea {line}: revise el precio y el descuento</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="647"/>
        <source>The budget cannot expire before it is issued</source>
        <translation>El presupuesto no puede caducar antes de emitirse</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="649"/>
        <source>Budget {code} is already accepted and can no longer change</source>
        <translation>El presupuesto {code} ya está aceptado y no se puede cambiar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="651"/>
        <source>Unknown budget status {status}</source>
        <translation>Estado de presupuesto desconocido {status}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="652"/>
        <source>Budget {code} was charged and cannot be deleted</source>
        <translation>El presupuesto {code} ya se cobró y no se puede eliminar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="654"/>
        <source>Budget {code} is already charged</source>
        <translation>El presupuesto {code} ya está cobrado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="655"/>
        <source>Leave at least one day between sessions</source>
        <translation>Deje al menos un día entre sesiones</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="657"/>
        <source>Budget {code} has no services to book</source>
        <translation>El presupuesto {code} no tiene servicios que reservar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="660"/>
        <source>Give the voucher a name</source>
        <translation>Ponga un nombre al bono</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="661"/>
        <source>A voucher holds at least one session</source>
        <translation>Un bono tiene al menos una sesión</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="662"/>
        <source>%n session(s) already used</source>
        <translation>
            <numerusform>Ya se ha usado %n sesión</numerusform>
            <numerusform>Ya se han usado %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="663"/>
        <source>Voucher &quot;{name}&quot; cannot be used: {state}</source>
        <translation>El bono «{name}» no se puede usar: {state}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="665"/>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="666"/>
        <source>used up</source>
        <translation>agotado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="667"/>
        <source>cancelled</source>
        <translation>anulado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="670"/>
        <source>Give the card type a name</source>
        <translation>Ponga un nombre al tipo de tarjeta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="671"/>
        <source>The value must be more than zero</source>
        <translation>El valor debe ser mayor que cero</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="672"/>
        <source>Valid for at least one month</source>
        <translation>Válida al menos un mes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="673"/>
        <source>Choose the services the card is valid for, or allow any service</source>
        <translation>Elija los servicios para los que vale la tarjeta, o permita cualquier servicio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="675"/>
        <source>A card type &quot;{name}&quot; already exists</source>
        <translation>Ya existe un tipo de tarjeta «{name}»</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="676"/>
        <source>Choose an active prepaid card type</source>
        <translation>Elija un tipo de tarjeta prepago activo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="677"/>
        <source>The value cannot be less than what is already used</source>
        <translation>El valor no puede ser menor que lo ya usado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="679"/>
        <source>Card number {number} is already taken</source>
        <translation>El número de tarjeta {number} ya está en uso</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="680"/>
        <source>Unknown points action {action}</source>
        <translation>Movimiento de puntos desconocido {action}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="681"/>
        <source>Enter a number of points other than zero</source>
        <translation>Escriba un número de puntos distinto de cero</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="682"/>
        <source>Points {action} must be positive</source>
        <translation>Los puntos ({action}) deben ser positivos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="683"/>
        <source>The customer has only %n point(s); {taken} cannot be taken</source>
        <translation>
            <numerusform>El cliente solo tiene %n punto; no se pueden quitar {taken}</numerusform>
            <numerusform>El cliente solo tiene %n puntos; no se pueden quitar {taken}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="687"/>
        <source>&quot;{text}&quot; is not a tax rate</source>
        <translation>«{text}» no es un tipo impositivo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="688"/>
        <source>Tax rates go from 0 to 99 %</source>
        <translation>Los tipos impositivos van del 0 al 99 %</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="689"/>
        <source>This file is not an image Salon Desk can read (use PNG, JPEG, WebP, BMP or GIF)</source>
        <translation>Este archivo no es una imagen que Salon Desk pueda leer (use PNG, JPEG, WebP, BMP o GIF)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="692"/>
        <source>Unknown ticket layout {layout}: use {layouts}</source>
        <translation>Formato de ticket desconocido {layout}: use {layouts}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="694"/>
        <source>Export to a .xlsx or a .csv file</source>
        <translation>Exporte a un archivo .xlsx o .csv</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="697"/>
        <source>No backup could be made in {folder} ({reason}); the earlier backups are as they were</source>
        <translation>No se pudo hacer la copia de seguridad en {folder} ({reason}); las copias anteriores siguen como estaban</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="700"/>
        <source>Backups are encrypted, but no passphrase is saved on this computer: enter it in the backup settings</source>
        <translation>Las copias de seguridad se cifran, pero este ordenador no tiene guardada la frase de paso: escríbala en los ajustes de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="703"/>
        <source>This computer has no password store (system keyring) Salon Desk can use, so the backup passphrase cannot be saved; it is never written in plain text. Enter it when asked, or set the environment variable {variable}.</source>
        <translation>Este ordenador no tiene un almacén de contraseñas (llavero del sistema) que Salon Desk pueda usar, así que la frase de paso de las copias no se puede guardar; nunca se escribe en texto plano. Escríbala cuando se le pida o defina la variable de entorno {variable}.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="707"/>
        <source>The passphrase is not the one this backup was encrypted with, or the file was changed</source>
        <translation>La frase de paso no es la que cifró esta copia, o el archivo se ha modificado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="710"/>
        <source>The encrypted backup is incomplete or damaged</source>
        <translation>La copia cifrada está incompleta o dañada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="712"/>
        <source>This file is not an encrypted Salon Desk backup</source>
        <translation>Este archivo no es una copia cifrada de Salon Desk</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="714"/>
        <source>{path} is not a Salon Desk backup</source>
        <translation>{path} no es una copia de seguridad de Salon Desk</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="715"/>
        <source>The backup {path} is damaged (its database does not check out); nothing was restored</source>
        <translation>La copia {path} está dañada (su base de datos no supera la comprobación); no se ha restaurado nada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="718"/>
        <source>The backup could not be restored ({reason}); a copy of the database as it was is kept beside it</source>
        <translation>No se pudo restaurar la copia ({reason}); se guarda junto a ella una copia de la base de datos tal como estaba</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="723"/>
        <source>Customer {id} has already been forgotten</source>
        <translation>El cliente {id} ya ha sido olvidado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="725"/>
        <source>Forgotten customer</source>
        <translation>Cliente olvidado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="728"/>
        <source>{value} is not one of: {allowed}</source>
        <translation>{value} no es uno de estos: {allowed}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="729"/>
        <source>Must be zero or more</source>
        <translation>Debe ser cero o más</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="730"/>
        <source>This segment has a criterion Salon Desk does not know: {name}</source>
        <translation>Este segmento tiene un criterio que Salon Desk no conoce: {name}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="733"/>
        <source>A segment needs a name</source>
        <translation>El segmento necesita un nombre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="734"/>
        <source>A segment&apos;s name is at most {limit} characters long</source>
        <translation>El nombre de un segmento tiene como máximo {limit} caracteres</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="736"/>
        <source>There is already a segment called &quot;{name}&quot;</source>
        <translation>Ya hay un segmento llamado «{name}»</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="738"/>
        <source>Segment {id} does not exist</source>
        <translation>El segmento {id} no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="739"/>
        <source>No segment is called &quot;{name}&quot;. Saved segments: {known}</source>
        <translation>Ningún segmento se llama «{name}». Segmentos guardados: {known}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="741"/>
        <source>No service is called &quot;{name}&quot;. Services: {known}</source>
        <translation>Ningún servicio se llama «{name}». Servicios: {known}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="743"/>
        <source>No service type is called &quot;{name}&quot;. Service types: {known}</source>
        <translation>Ningún tipo de servicio se llama «{name}». Tipos de servicio: {known}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="745"/>
        <source>No badge is called &quot;{name}&quot;. Badges: {known}</source>
        <translation>Ninguna etiqueta se llama «{name}». Etiquetas: {known}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="747"/>
        <source>No customer category is called &quot;{name}&quot;. Categories: {known}</source>
        <translation>Ninguna categoría de clientes se llama «{name}». Categorías: {known}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="749"/>
        <source>No package is called &quot;{name}&quot;. Packages: {known}</source>
        <translation>Ningún pack se llama «{name}». Packs: {known}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="751"/>
        <source>There is no bulk change to undo</source>
        <translation>No hay ningún cambio en bloque que deshacer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="752"/>
        <source>The last bulk change cannot be undone: {count} of its %n customer(s) changed since</source>
        <translation>
            <numerusform>No se puede deshacer el último cambio en bloque: {count} de su %n cliente ha cambiado desde entonces</numerusform>
            <numerusform>No se puede deshacer el último cambio en bloque: {count} de sus %n clientes han cambiado desde entonces</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="757"/>
        <source>This computer has no password store (system keyring) Salon Desk can use, so the {what} cannot be saved. Enter it each time you send, or set the environment variable {variable}.</source>
        <translation>Este ordenador no tiene un almacén de contraseñas (llavero del sistema) que Salon Desk pueda usar, así que no se puede guardar la {what}. Escríbala cada vez que envíe, o defina la variable de entorno {variable}.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="761"/>
        <source>The system&apos;s password store refused to save the {what}</source>
        <translation>El almacén de contraseñas del sistema no ha aceptado guardar la {what}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="763"/>
        <source>email password</source>
        <translation>contraseña del correo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="764"/>
        <source>SMS provider&apos;s key</source>
        <translation>clave del proveedor de SMS</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="765"/>
        <source>No {what} is saved: enter it in the settings, or set the environment variable {variable}</source>
        <translation>No hay ninguna {what} guardada: escríbala en la configuración, o defina la variable de entorno {variable}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="768"/>
        <source>Set the email server and the sender&apos;s address in the settings</source>
        <translation>Indique en la configuración el servidor de correo y la dirección del remitente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="770"/>
        <source>Unknown email security {security}: use none, starttls or ssl</source>
        <translation>Seguridad de correo desconocida {security}: use none, starttls o ssl</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="772"/>
        <source>The email server {host} was not found: check its name and the internet connection</source>
        <translation>No se encuentra el servidor de correo {host}: compruebe el nombre y la conexión a internet</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="775"/>
        <source>The email server {host} refused the connection on port {port}: check the port</source>
        <translation>El servidor de correo {host} ha rechazado la conexión en el puerto {port}: compruebe el puerto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="778"/>
        <source>The secure connection (TLS) to {host} failed: check the security setting (SSL or STARTTLS) and the port</source>
        <translation>Ha fallado la conexión segura (TLS) con {host}: compruebe la seguridad (SSL o STARTTLS) y el puerto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="781"/>
        <source>The email server {host} does not offer STARTTLS: choose SSL, or no security</source>
        <translation>El servidor de correo {host} no ofrece STARTTLS: elija SSL, o sin seguridad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="784"/>
        <source>The email server did not accept the user name or the password</source>
        <translation>El servidor de correo no ha aceptado el usuario o la contraseña</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="786"/>
        <source>The email server does not offer a login on this connection: choose STARTTLS or SSL, or leave the user empty</source>
        <translation>El servidor de correo no permite iniciar sesión en esta conexión: elija STARTTLS o SSL, o deje el usuario vacío</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="789"/>
        <source>The email server {host} did not answer within {seconds} seconds</source>
        <translation>El servidor de correo {host} no ha respondido en {seconds} segundos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="791"/>
        <source>The email server {host} closed the connection</source>
        <translation>El servidor de correo {host} ha cerrado la conexión</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="793"/>
        <source>The email server refused the sender&apos;s address (error {code})</source>
        <translation>El servidor de correo ha rechazado la dirección del remitente (error {code})</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="795"/>
        <source>The email server refused the customer&apos;s address (error {code})</source>
        <translation>El servidor de correo ha rechazado la dirección del cliente (error {code})</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="797"/>
        <source>The email server refused the message (error {code})</source>
        <translation>El servidor de correo ha rechazado el mensaje (error {code})</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="799"/>
        <source>Sending the email failed ({what})</source>
        <translation>No se ha podido enviar el correo ({what})</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="800"/>
        <source>Set the SMS account and the sender in the settings</source>
        <translation>Indique en la configuración la cuenta de SMS y el remitente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="802"/>
        <source>Unknown SMS provider {provider}: use {known}</source>
        <translation>Proveedor de SMS desconocido {provider}: use {known}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="804"/>
        <source>The SMS provider did not accept the account or the key</source>
        <translation>El proveedor de SMS no ha aceptado la cuenta o la clave</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="806"/>
        <source>The SMS provider refused the message (error {code})</source>
        <translation>El proveedor de SMS ha rechazado el mensaje (error {code})</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="808"/>
        <source>The SMS provider could not take the message now (HTTP {status})</source>
        <translation>El proveedor de SMS no ha podido aceptar el mensaje ahora (HTTP {status})</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="810"/>
        <source>The SMS provider could not be reached ({what})</source>
        <translation>No se ha podido contactar con el proveedor de SMS ({what})</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="812"/>
        <source>The SMS provider&apos;s answer could not be read</source>
        <translation>No se ha podido leer la respuesta del proveedor de SMS</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="814"/>
        <source>The message has no address to go to</source>
        <translation>El mensaje no tiene dirección de destino</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="815"/>
        <source>Salon Desk does not send messages by {channel}</source>
        <translation>Salon Desk no envía mensajes por {channel}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="817"/>
        <source>Sending stopped, nothing more was sent: {reason}</source>
        <translation>Envío detenido, no se ha enviado nada más: {reason}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="819"/>
        <source>The message was handed over but no answer came back: it may have gone. Check with the customer before sending it again</source>
        <translation>El mensaje se entregó pero no llegó respuesta: puede que haya salido. Compruébelo con el cliente antes de enviarlo de nuevo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="822"/>
        <source>Not sent: the customer may no longer receive it ({reason})</source>
        <translation>No enviado: el cliente ya no puede recibirlo ({reason})</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="832"/>
        <source>no such customer</source>
        <translation>no existe ese cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="833"/>
        <source>merged into another record</source>
        <translation>fusionado con otra ficha</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="834"/>
        <source>inactive</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="835"/>
        <source>blocked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="836"/>
        <source>no email</source>
        <translation>sin correo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="837"/>
        <source>email not valid</source>
        <translation>correo no válido</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="838"/>
        <source>no mobile</source>
        <translation>sin móvil</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="839"/>
        <source>mobile not valid</source>
        <translation>móvil no válido</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="840"/>
        <source>appointment reminders switched off</source>
        <translation>recordatorios de citas desactivados</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="842"/>
        <source>birthday greetings switched off</source>
        <translation>felicitaciones de cumpleaños desactivadas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="843"/>
        <source>marketing messages switched off</source>
        <translation>mensajes publicitarios desactivados</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="844"/>
        <source>no {category} consent by {channel}</source>
        <translation>sin consentimiento de {category} por {channel}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="845"/>
        <source>marketing</source>
        <translation>publicidad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="846"/>
        <source>appointment</source>
        <translation>citas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="847"/>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="848"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="849"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="865"/>
        <source>Message template {id} does not exist</source>
        <translation>La plantilla de mensaje {id} no existe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="866"/>
        <source>No message template is called {name}: use {known}</source>
        <translation>Ninguna plantilla de mensaje se llama {name}: use {known}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="868"/>
        <source>Give the template a name</source>
        <translation>Dé un nombre a la plantilla</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="869"/>
        <source>The name is too long (80 characters at most)</source>
        <translation>El nombre es demasiado largo (80 caracteres como máximo)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="871"/>
        <source>Write the template&apos;s text in one language at least</source>
        <translation>Escriba el texto de la plantilla al menos en un idioma</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="873"/>
        <source>Unknown language {language}: use {known}</source>
        <translation>Idioma desconocido {language}: use {known}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="874"/>
        <source>Unknown kind of message {kind}: use {known}</source>
        <translation>Tipo de mensaje desconocido {kind}: use {known}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="876"/>
        <source>Unknown field {field} in the message: use {known}</source>
        <translation>Campo desconocido {field} en el mensaje: use {known}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="878"/>
        <source>A brace in the message is not closed: fields are written as {example}</source>
        <translation>Hay una llave sin cerrar en el mensaje: los campos se escriben así: {example}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="880"/>
        <source>Messages are queued by email or SMS, not by {channel}</source>
        <translation>Los mensajes se ponen en cola por correo o SMS, no por {channel}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="882"/>
        <source>Choose what the message is about: appointments or marketing</source>
        <translation>Elija de qué trata el mensaje: citas o publicidad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="884"/>
        <source>Write the message&apos;s text</source>
        <translation>Escriba el texto del mensaje</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="885"/>
        <source>An email needs a subject</source>
        <translation>Un correo necesita un asunto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="886"/>
        <source>Only an email can carry attachments</source>
        <translation>Solo un correo puede llevar adjuntos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="888"/>
        <source>Only a message still waiting to be sent can be cancelled</source>
        <translation>Solo se puede cancelar un mensaje que aún espera su envío</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="890"/>
        <source>Only a failed, cancelled or unknown message can be sent again</source>
        <translation>Solo se puede volver a enviar un mensaje fallido, cancelado o en estado desconocido</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="892"/>
        <source>Only a message whose sending failed or is unknown can be marked as sent</source>
        <translation>Solo se puede marcar como enviado un mensaje cuyo envío falló o es desconocido</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="894"/>
        <source>Unknown setting {key}: use {known}</source>
        <translation>Ajuste desconocido {key}: use {known}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="895"/>
        <source>{key} is a secret and never a setting: Salon Desk keeps it in the system&apos;s password store (enter it in the settings window) or reads the environment variable {variable}</source>
        <translation>{key} es un secreto y nunca un ajuste: Salon Desk lo guarda en el almacén de contraseñas del sistema (escríbalo en la ventana de configuración) o lee la variable de entorno {variable}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="899"/>
        <source>{key} takes a whole number, not {value}</source>
        <translation>{key} admite un número entero, no {value}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="900"/>
        <source>{key} takes true or false, not {value}</source>
        <translation>{key} admite true o false, no {value}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="902"/>
        <source>{key} takes one of {known}, not {value}</source>
        <translation>{key} admite uno de {known}, no {value}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="903"/>
        <source>Choose the channel: email, SMS or WhatsApp</source>
        <translation>Elija el canal: correo, SMS o WhatsApp</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="904"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="905"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="906"/>
        <source>Salon&apos;s name</source>
        <translation>Nombre del salón</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="907"/>
        <source>Salon&apos;s phone</source>
        <translation>Teléfono del salón</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="908"/>
        <source>Next appointment: date</source>
        <translation>Próxima cita: fecha</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="909"/>
        <source>Next appointment: time</source>
        <translation>Próxima cita: hora</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="910"/>
        <source>Next appointment: service</source>
        <translation>Próxima cita: servicio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="911"/>
        <source>Next appointment: staff member</source>
        <translation>Próxima cita: profesional</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="912"/>
        <source>Points balance</source>
        <translation>Saldo de puntos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="913"/>
        <source>Debt</source>
        <translation>Deuda</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="914"/>
        <source>Voucher sessions left</source>
        <translation>Sesiones de bono pendientes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="915"/>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="918"/>
        <source>You may not {action}: only {roles} may. Ask them, or sign in as one of them</source>
        <translation>No puede {action}: solo puede {roles}. Pídaselo, o inicie sesión como uno de ellos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="921"/>
        <source>the owner</source>
        <translation>el propietario</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="922"/>
        <source>a manager</source>
        <translation>un encargado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="923"/>
        <source>reception</source>
        <translation>recepción</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="924"/>
        <source>a stylist</source>
        <translation>un estilista</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="925"/>
        <source>restore a backup</source>
        <translation>restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="926"/>
        <source>change the backup settings</source>
        <translation>cambiar los ajustes de las copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="927"/>
        <source>forget a customer</source>
        <translation>olvidar a un cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="928"/>
        <source>export everything held about a customer</source>
        <translation>exportar todo lo que se guarda de un cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="930"/>
        <source>delete customers</source>
        <translation>eliminar clientes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="931"/>
        <source>export customers</source>
        <translation>exportar clientes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="932"/>
        <source>merge customers</source>
        <translation>fusionar clientes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="933"/>
        <source>change the settings</source>
        <translation>cambiar los ajustes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="934"/>
        <source>change the custom badges</source>
        <translation>cambiar las insignias propias</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="935"/>
        <source>change staff members&apos; roles, PINs and passwords</source>
        <translation>cambiar los roles, PIN y contraseñas del personal</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="937"/>
        <source>book appointments</source>
        <translation>reservar citas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="938"/>
        <source>charge</source>
        <translation>cobrar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="939"/>
        <source>edit customers</source>
        <translation>editar clientes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="940"/>
        <source>see the schedule</source>
        <translation>ver la agenda</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="941"/>
        <source>write consultation notes and formulas</source>
        <translation>escribir notas de consulta y fórmulas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="943"/>
        <source>see the audit trail</source>
        <translation>ver el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="944"/>
        <source>That name and PIN or password do not match</source>
        <translation>Ese nombre y ese PIN o contraseña no coinciden</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="946"/>
        <source>{name} is locked after too many failed sign-ins; try again after {until}</source>
        <translation>{name} está bloqueado tras demasiados intentos fallidos; vuelva a intentarlo después de las {until}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="949"/>
        <source>Sign-in needs an owner with a password first: set one before turning it on</source>
        <translation>El inicio de sesión necesita antes un propietario con contraseña: póngala antes de activarlo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="952"/>
        <source>A PIN is 4 to 8 digits</source>
        <translation>Un PIN tiene de 4 a 8 cifras</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="953"/>
        <source>A password has at least 8 characters</source>
        <translation>Una contraseña tiene al menos 8 caracteres</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="955"/>
        <source>There is no role called {role}</source>
        <translation>No hay ningún rol llamado {role}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="956"/>
        <source>With sign-in on, at least one owner must keep a password</source>
        <translation>Con el inicio de sesión activado, al menos un propietario debe conservar una contraseña</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="958"/>
        <source>The audit trail was changed outside Salon Desk: row {id} does not match the rows before it</source>
        <translation>El registro de auditoría se cambió fuera de Salon Desk: la fila {id} no concuerda con las anteriores</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="961"/>
        <source>The file of “{title}” is missing from the salon server&apos;s database.</source>
        <translation>Falta el archivo de «{title}» en la base de datos del servidor del salón.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="963"/>
        <source>{address} is not a salon server&apos;s address: write it as postgresql://user@host/database</source>
        <translation>{address} no es la dirección de un servidor del salón: escríbala como postgresql://usuario@servidor/base_de_datos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="966"/>
        <source>The database {server} already holds a salon (%n customer(s)): a salon is moved only into an empty database. Give the address of a new, empty database.</source>
        <translation>
            <numerusform>La base de datos {server} ya contiene un salón (%n cliente): un salón solo se traslada a una base de datos vacía. Indique la dirección de una base de datos nueva y vacía.</numerusform>
            <numerusform>La base de datos {server} ya contiene un salón (%n clientes): un salón solo se traslada a una base de datos vacía. Indique la dirección de una base de datos nueva y vacía.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="969"/>
        <source>The copy to {server} stopped at the table {table}: {reason}. The server database was left as it was, and the salon file was not changed.</source>
        <translation>La copia a {server} se detuvo en la tabla {table}: {reason}. La base de datos del servidor se ha dejado como estaba y el archivo del salón no se ha modificado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/services/error_texts.py" line="972"/>
        <source>Nothing was copied: the salon file holds %n text(s) longer than a salon server accepts; the first is {column} in row {row} of the table {table} ({length} characters where {limit} fit). Shorten them in Salon Desk on this computer, then move again.</source>
        <translation>
            <numerusform>No se ha copiado nada: el archivo del salón tiene %n texto más largo de lo que admite un servidor del salón; es {column} en la fila {row} de la tabla {table} ({length} caracteres donde caben {limit}). Acórtelo en Salon Desk en este ordenador y vuelva a trasladarlo.</numerusform>
            <numerusform>No se ha copiado nada: el archivo del salón tiene %n textos más largos de lo que admite un servidor del salón; el primero es {column} en la fila {row} de la tabla {table} ({length} caracteres donde caben {limit}). Acórtelos en Salon Desk en este ordenador y vuelva a trasladarlo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="976"/>
        <source>the server does not accept one of its values</source>
        <translation>el servidor no acepta uno de sus valores</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="978"/>
        <source>a row breaks one of the database&apos;s rules</source>
        <translation>una fila incumple una de las reglas de la base de datos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="980"/>
        <source>the server refused it</source>
        <translation>el servidor la ha rechazado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="981"/>
        <source>After the copy, {what} on the server ({copied}) does not match the salon file ({in_file}): nothing was kept on the server, and the salon file was not changed.</source>
        <translation>Tras la copia, {what} en el servidor ({copied}) no coincide con el archivo del salón ({in_file}): no se ha guardado nada en el servidor y el archivo del salón no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="984"/>
        <source>move-to copies a salon file to a server, and {address} is a server: give the salon&apos;s .sqlite file with --db (or leave --db out for this computer&apos;s salon)</source>
        <translation>move-to copia un archivo de salón a un servidor, y {address} es un servidor: indique el archivo .sqlite del salón con --db (u omita --db para el salón de este ordenador)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="987"/>
        <source>PostgreSQL&apos;s {tool} was not found on this computer: install PostgreSQL&apos;s client programs (the server&apos;s version or newer), or set {variable} to the folder that holds them</source>
        <translation>No se ha encontrado {tool} de PostgreSQL en este ordenador: instale los programas cliente de PostgreSQL (de la versión del servidor o más reciente) o indique en {variable} la carpeta que los contiene</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="991"/>
        <source>{tool} did not complete with the salon server {server}: {reason}</source>
        <translation>{tool} no ha terminado con el servidor del salón {server}: {reason}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="993"/>
        <source>The backup {path} does not hold the rows of the table {table}; it was not kept</source>
        <translation>La copia de seguridad {path} no contiene las filas de la tabla {table}; no se ha conservado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="996"/>
        <source>After the restore the server&apos;s table {table} does not hold what the backup recorded (rows found: {found}; recorded: {recorded}). The database as it was is kept in {kept}</source>
        <translation>Tras la restauración, la tabla {table} del servidor no tiene lo que registró la copia (filas halladas: {found}; registradas: {recorded}). La base de datos tal como estaba se conserva en {kept}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/services/error_texts.py" line="1000"/>
        <source>The backup {path} is of the other kind of salon database (a salon file, or a salon server&apos;s database) and can only be put back into that kind; nothing was restored</source>
        <translation>La copia de seguridad {path} es del otro tipo de base de datos de salón (un archivo de salón o la base de datos de un servidor) y solo puede restaurarse en ese tipo; no se ha restaurado nada</translation>
    </message>
    <message>
        <source>After the restore the server&apos;s table {table} holds {found} rows where the backup recorded {recorded}. The database as it was is kept in {kept}</source>
        <translation type="obsolete">Tras la restauración, la tabla {table} del servidor tiene {found} filas donde la copia registró {recorded}. La base de datos tal como estaba se conserva en {kept}</translation>
    </message>
    <message>
        <source>Row {row} of {file} has {columns} columns; Salon Desk reads up to {limit} (as many as a spreadsheet has).</source>
        <translation type="obsolete">La fila {row} de {file} tiene {columns} columnas; Salon Desk lee hasta {limit} (tantas como tiene una hoja de cálculo).</translation>
    </message>
    <message>
        <source>The last bulk change cannot be undone: {count} of its {total} customers changed since</source>
        <translation type="obsolete">No se puede deshacer el último cambio en bloque: {count} de sus {total} clientes han cambiado desde entonces</translation>
    </message>
    <message>
        <source>Unknown field(s) to merge: {fields}</source>
        <translation type="obsolete">Campos desconocidos para fusionar: {fields}</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="154"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="157"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="158"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="159"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="160"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="162"/>
        <source>Patch test</source>
        <translation>Prueba de alergia</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="163"/>
        <source>Needs a valid patch test before booking</source>
        <translation>Requiere una prueba de alergia válida para dar cita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="164"/>
        <source>On offer</source>
        <translation>Se ofrece</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="164"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="165"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="187"/>
        <source>New service</source>
        <translation>Nuevo servicio</translation>
    </message>
</context>
<context>
    <name>ServiceTypesPage</name>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="129"/>
        <source>Service types</source>
        <translation>Tipos de servicio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="132"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="133"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="136"/>
        <source>New service type</source>
        <translation>Nuevo tipo de servicio</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../salon_desk/ui/settings_dialog.py" line="57"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_dialog.py" line="118"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_dialog.py" line="120"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_dialog.py" line="150"/>
        <source>The settings were not saved</source>
        <translation>No se ha guardado la configuración</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_dialog.py" line="165"/>
        <location filename="../../salon_desk/ui/settings_dialog.py" line="167"/>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_dialog.py" line="166"/>
        <source>The settings have changes that are not saved. Close without saving them?</source>
        <translation>La configuración tiene cambios sin guardar. ¿Cerrar sin guardarlos?</translation>
    </message>
    <message>
        <source>The database refused the change: {0}</source>
        <translation type="obsolete">La base de datos ha rechazado el cambio: {0}</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../salon_desk/ui/widgets/signature_pad.py" line="27"/>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation>Firme aquí con el ratón, un lápiz o el dedo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/widgets/signature_pad.py" line="117"/>
        <source>Sign above the line</source>
        <translation>Firme encima de la línea</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../salon_desk/ui/signin/feature.py" line="45"/>
        <source>Switch user…</source>
        <translation>Cambiar de usuario…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/signin/feature.py" line="80"/>
        <source>Signed in: {0}</source>
        <translation>Sesión de: {0}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../salon_desk/ui/signin/dialog.py" line="23"/>
        <location filename="../../salon_desk/ui/signin/dialog.py" line="40"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/signin/dialog.py" line="34"/>
        <location filename="../../salon_desk/ui/signin/dialog.py" line="46"/>
        <source>PIN or password</source>
        <translation>PIN o contraseña</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/signin/dialog.py" line="45"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="84"/>
        <source>Staff</source>
        <translation>Profesionales</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="87"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="88"/>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="89"/>
        <source>Stylist, beautician, receptionist…</source>
        <translation>Peluquero/a, esteticista, recepcionista…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="90"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="91"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="92"/>
        <source>Colour in the schedule</source>
        <translation>Color en la agenda</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="93"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="93"/>
        <source>Works here now</source>
        <translation>Trabaja aquí actualmente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/catalog_pages.py" line="104"/>
        <source>New staff member</source>
        <translation>Nuevo profesional</translation>
    </message>
</context>
<context>
    <name>StaffRoles</name>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="30"/>
        <source>Manager</source>
        <translation>Encargado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="30"/>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="31"/>
        <source>Reception</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="31"/>
        <source>Stylist</source>
        <translation>Estilista</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="46"/>
        <source>New PIN for {0}</source>
        <translation>Nuevo PIN de {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="47"/>
        <source>New password for {0}</source>
        <translation>Nueva contraseña de {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="57"/>
        <source>PIN (4 to 8 digits)</source>
        <translation>PIN (de 4 a 8 cifras)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="58"/>
        <source>Password (8 characters or more)</source>
        <translation>Contraseña (8 caracteres o más)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="59"/>
        <source>Type it again</source>
        <translation>Escríbalo otra vez</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="76"/>
        <source>The two entries are not the same</source>
        <translation>Lo escrito las dos veces no coincide</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="109"/>
        <source>Staff and roles</source>
        <translation>Personal y roles</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="113"/>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="115"/>
        <source>Staff sign in to use Salon Desk</source>
        <translation>El personal inicia sesión para usar Salon Desk</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="120"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="121"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="122"/>
        <source>Sign out after this long without use</source>
        <translation>Cerrar la sesión tras este tiempo sin uso</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="123"/>
        <source>Turning sign-in on needs an owner with a password. Staff members are added on the Staff page.</source>
        <translation>Para activar el inicio de sesión hace falta un propietario con contraseña. El personal se añade en la página Personal.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="131"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="135"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="135"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="135"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="136"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="148"/>
        <source>Set PIN…</source>
        <translation>Poner PIN…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="149"/>
        <source>Remove PIN</source>
        <translation>Quitar PIN</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="150"/>
        <source>Set password…</source>
        <translation>Poner contraseña…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="151"/>
        <source>Remove password</source>
        <translation>Quitar contraseña</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="165"/>
        <source>Roles&apos; names</source>
        <translation>Nombres de los roles</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="180"/>
        <source>What each role may do</source>
        <translation>Qué puede hacer cada rol</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="195"/>
        <source>The owner may do everything</source>
        <translation>El propietario puede hacerlo todo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="239"/>
        <source>{0} (no longer works here)</source>
        <translation>{0} (ya no trabaja aquí)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="259"/>
        <source>New (on saving)</source>
        <translation>Nuevo (al guardar)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="260"/>
        <source>Removed (on saving)</source>
        <translation>Quitado (al guardar)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="262"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/settings_pages/staff_page.py" line="262"/>
        <source>Set</source>
        <translation>Puesto</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <location filename="../../salon_desk/ui/record/summary_tab.py" line="53"/>
        <source>First visit</source>
        <translation>Primera visita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/summary_tab.py" line="53"/>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/summary_tab.py" line="54"/>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/summary_tab.py" line="54"/>
        <source>Next appointment</source>
        <translation>Próxima cita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/summary_tab.py" line="55"/>
        <source>Average ticket</source>
        <translation>Ticket medio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/summary_tab.py" line="55"/>
        <source>Total spent</source>
        <translation>Total gastado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/summary_tab.py" line="56"/>
        <source>Most booked services</source>
        <translation>Servicios más reservados</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/summary_tab.py" line="56"/>
        <source>Seen most by</source>
        <translation>Atendido más por</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/summary_tab.py" line="57"/>
        <source>Owes</source>
        <translation>Debe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/summary_tab.py" line="57"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/summary_tab.py" line="58"/>
        <source>No-shows</source>
        <translation>Faltas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/summary_tab.py" line="71"/>
        <source>No visits yet.</source>
        <translation>Todavía no hay visitas.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/summary_tab.py" line="77"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/summary_tab.py" line="83"/>
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n venta</numerusform>
            <numerusform>%n ventas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/summary_tab.py" line="94"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visita</numerusform>
            <numerusform>%n visitas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/record/summary_tab.py" line="99"/>
        <source>{0}: %n time(s)</source>
        <translation>
            <numerusform>{0}: %n vez</numerusform>
            <numerusform>{0}: %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} sales</source>
        <translation type="obsolete">{0} ventas</translation>
    </message>
    <message>
        <source>{0} visits</source>
        <translation type="obsolete">{0} visitas</translation>
    </message>
    <message>
        <source>{0}: {1} times</source>
        <translation type="obsolete">{0}: {1} veces</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="39"/>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="51"/>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="52"/>
        <source>Export customers</source>
        <translation>Exportar clientes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="39"/>
        <source>There are no customers to export in {0}.</source>
        <translation>No hay clientes que exportar en {0}.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="43"/>
        <source>Export {0} to</source>
        <translation>Exportar {0} a</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="48"/>
        <source>Exporting customers</source>
        <translation>Exportando clientes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="61"/>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="74"/>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="87"/>
        <source>Export a segment</source>
        <translation>Exportar un segmento</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="62"/>
        <source>Export the customers of the segment:</source>
        <translation>Exportar los clientes del segmento:</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="75"/>
        <source>There are no saved segments yet. Save a filter as a segment (Filters ▸ Save as segment…) to export it.</source>
        <translation>Todavía no hay segmentos guardados. Guarde un filtro como segmento (Filtros ▸ Guardar como segmento…) para exportarlo.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="89"/>
        <source>the segment “{0}”</source>
        <translation>el segmento «{0}»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="95"/>
        <source>{0} customer(s) exported to {1}</source>
        <translation>
            <numerusform>{0} cliente exportado a {1}</numerusform>
            <numerusform>{0} clientes exportados a {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="102"/>
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} y %n más</numerusform>
            <numerusform>{0} y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="104"/>
        <source>%n cell(s) held more than the 32,767 characters a spreadsheet cell takes (customers {0}): each goes on in the “(continued)” columns at the end of its row, and importing this file joins them back whole. A .csv export keeps them in one cell.</source>
        <translation>
            <numerusform>%n celda tenía más de los 32.767 caracteres que caben en una celda de hoja de cálculo (clientes {0}): continúa en las columnas «(continued)» al final de su fila, y al importar este archivo se vuelve a unir entera. Una exportación .csv la guarda en una sola celda.</numerusform>
            <numerusform>%n celdas tenían más de los 32.767 caracteres que caben en una celda de hoja de cálculo (clientes {0}): cada una continúa en las columnas «(continued)» al final de su fila, y al importar este archivo se vuelven a unir enteras. Una exportación .csv las guarda en una sola celda.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="115"/>
        <source>Save the import template as</source>
        <translation>Guardar la plantilla de importación como</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="124"/>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="126"/>
        <source>Import template</source>
        <translation>Plantilla de importación</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="127"/>
        <source>The template was saved to {0}. Fill in one customer per row, then use File ▸ Import customers.</source>
        <translation>La plantilla se ha guardado en {0}. Rellene un cliente por fila y después use Archivo ▸ Importar clientes.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="172"/>
        <source>Import customers…</source>
        <translation>Importar clientes…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="174"/>
        <source>Export all customers…</source>
        <translation>Exportar todos los clientes…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="175"/>
        <source>all customers</source>
        <translation>todos los clientes</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="176"/>
        <source>Export a segment…</source>
        <translation>Exportar un segmento…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="177"/>
        <source>Download import template…</source>
        <translation>Descargar plantilla de importación…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="178"/>
        <source>Import history…</source>
        <translation>Historial de importaciones…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="180"/>
        <source>Export customers in the list…</source>
        <translation>Exportar los clientes de la lista…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="182"/>
        <source>the customers in the list</source>
        <translation>los clientes de la lista</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="183"/>
        <source>Export selected customers…</source>
        <translation>Exportar los clientes marcados…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="185"/>
        <source>the selected customers</source>
        <translation>los clientes marcados</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="210"/>
        <source>Export the whole record to</source>
        <translation>Exportar la ficha completa a</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="216"/>
        <source>Exporting the record</source>
        <translation>Exportando la ficha</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="219"/>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="221"/>
        <source>Export record</source>
        <translation>Exportar ficha</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="220"/>
        <source>Everything about this customer was exported to {0}</source>
        <translation>Todos los datos de este cliente se han exportado a {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="228"/>
        <source>Export record (all data)…</source>
        <translation>Exportar ficha (todos los datos)…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/transfer/export_actions.py" line="230"/>
        <source>Save everything about this customer in a workbook, one sheet per tab (for a customer who asks for their data)</source>
        <translation>Guardar todos los datos de este cliente en un libro de hojas de cálculo, una hoja por pestaña (para un cliente que solicita sus datos)</translation>
    </message>
    <message>
        <source>{0} customers exported to {1}</source>
        <translation type="obsolete">{0} clientes exportados a {1}</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="40"/>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="36"/>
        <location filename="../../salon_desk/ui/record/debts_tab.py" line="30"/>
        <location filename="../../salon_desk/ui/record/points_tab.py" line="39"/>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="57"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="41"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="43"/>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="37"/>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="61"/>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="87"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="44"/>
        <source>Staff</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="45"/>
        <source>Room</source>
        <translation>Cabina</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="46"/>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="110"/>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="30"/>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="40"/>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="109"/>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="267"/>
        <location filename="../../salon_desk/ui/schedule/day_view.py" line="242"/>
        <location filename="../../salon_desk/ui/schedule/grid.py" line="135"/>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="335"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="46"/>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="110"/>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="109"/>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="267"/>
        <location filename="../../salon_desk/ui/schedule/day_view.py" line="242"/>
        <location filename="../../salon_desk/ui/schedule/grid.py" line="135"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="46"/>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="110"/>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="109"/>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="267"/>
        <location filename="../../salon_desk/ui/schedule/day_view.py" line="242"/>
        <location filename="../../salon_desk/ui/schedule/grid.py" line="135"/>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="46"/>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="110"/>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="109"/>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="267"/>
        <location filename="../../salon_desk/ui/schedule/day_view.py" line="242"/>
        <location filename="../../salon_desk/ui/schedule/grid.py" line="135"/>
        <source>No-show</source>
        <translation>No acudió</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="46"/>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="110"/>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="109"/>
        <location filename="../../salon_desk/ui/schedule/booking_dialog.py" line="267"/>
        <location filename="../../salon_desk/ui/schedule/day_view.py" line="242"/>
        <location filename="../../salon_desk/ui/schedule/grid.py" line="135"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="46"/>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="46"/>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="30"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="48"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="49"/>
        <location filename="../../salon_desk/ui/record/points_tab.py" line="45"/>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="58"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/appointments_tab.py" line="50"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="30"/>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="67"/>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="30"/>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="67"/>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="30"/>
        <location filename="../../salon_desk/ui/record/points_tab.py" line="40"/>
        <location filename="../../salon_desk/ui/record/points_tab.py" line="80"/>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="335"/>
        <location filename="../../salon_desk/ui/visits/points_dialog.py" line="43"/>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="30"/>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="67"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="30"/>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="67"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="31"/>
        <source>charged</source>
        <translation>cobrado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="37"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="38"/>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="44"/>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="75"/>
        <location filename="../../salon_desk/ui/record/debts_tab.py" line="39"/>
        <location filename="../../salon_desk/ui/record/debts_tab.py" line="50"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="40"/>
        <source>Business</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="41"/>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="62"/>
        <location filename="../../salon_desk/ui/sales/lines_model.py" line="69"/>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="42"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="44"/>
        <location filename="../../salon_desk/ui/record/points_tab.py" line="43"/>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="65"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/budgets_tab.py" line="45"/>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="30"/>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="335"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="30"/>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="335"/>
        <source>Used up</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="36"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="37"/>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="58"/>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="300"/>
        <source>Any service</source>
        <translation>Cualquier servicio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="38"/>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="52"/>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="66"/>
        <source>Purchased</source>
        <translation>Comprado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="39"/>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="53"/>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="73"/>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="40"/>
        <source>Bought</source>
        <translation>Compradas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="41"/>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="55"/>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="67"/>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="42"/>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="56"/>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="68"/>
        <location filename="../../salon_desk/ui/record/debts_tab.py" line="36"/>
        <source>Left</source>
        <translation>Quedan</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="51"/>
        <location filename="../../salon_desk/ui/record/debts_tab.py" line="49"/>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="35"/>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="61"/>
        <location filename="../../salon_desk/ui/sales/lines_model.py" line="210"/>
        <location filename="../../salon_desk/ui/sales/sale_view.py" line="84"/>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="105"/>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="151"/>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="70"/>
        <location filename="../../salon_desk/ui/visits/debt_dialogs.py" line="50"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="54"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="58"/>
        <source>Valid for</source>
        <translation>Válido para</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="65"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="69"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/credits_tab.py" line="71"/>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/debts_tab.py" line="31"/>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/debts_tab.py" line="32"/>
        <source>Initial amount</source>
        <translation>Importe inicial</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/debts_tab.py" line="34"/>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/debts_tab.py" line="38"/>
        <source>Last payment</source>
        <translation>Último pago</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/debts_tab.py" line="47"/>
        <source>Paid on</source>
        <translation>Pagado el</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/debts_tab.py" line="48"/>
        <location filename="../../salon_desk/ui/sales/lines_model.py" line="70"/>
        <location filename="../../salon_desk/ui/sales/lines_model.py" line="200"/>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="108"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/debts_tab.py" line="49"/>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="35"/>
        <location filename="../../salon_desk/ui/sales/lines_model.py" line="210"/>
        <location filename="../../salon_desk/ui/sales/sale_view.py" line="84"/>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="105"/>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="151"/>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="70"/>
        <location filename="../../salon_desk/ui/visits/debt_dialogs.py" line="50"/>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/debts_tab.py" line="49"/>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="35"/>
        <location filename="../../salon_desk/ui/sales/lines_model.py" line="210"/>
        <location filename="../../salon_desk/ui/sales/sale_view.py" line="84"/>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="105"/>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="151"/>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="70"/>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="172"/>
        <location filename="../../salon_desk/ui/visits/debt_dialogs.py" line="50"/>
        <source>Loyalty card</source>
        <translation>Tarjeta de fidelidad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/debts_tab.py" line="49"/>
        <location filename="../../salon_desk/ui/sales/lines_model.py" line="200"/>
        <source>Method</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/debts_tab.py" line="49"/>
        <location filename="../../salon_desk/ui/record/points_tab.py" line="41"/>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="35"/>
        <location filename="../../salon_desk/ui/sales/lines_model.py" line="210"/>
        <location filename="../../salon_desk/ui/sales/sale_view.py" line="84"/>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="105"/>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="151"/>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="70"/>
        <location filename="../../salon_desk/ui/visits/debt_dialogs.py" line="50"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/debts_tab.py" line="49"/>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="35"/>
        <location filename="../../salon_desk/ui/sales/lines_model.py" line="210"/>
        <location filename="../../salon_desk/ui/sales/sale_view.py" line="84"/>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="105"/>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="151"/>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="70"/>
        <location filename="../../salon_desk/ui/visits/debt_dialogs.py" line="50"/>
        <source>Prepaid card</source>
        <translation>Tarjeta prepago</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/debts_tab.py" line="49"/>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="35"/>
        <location filename="../../salon_desk/ui/sales/lines_model.py" line="210"/>
        <location filename="../../salon_desk/ui/sales/sale_view.py" line="84"/>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="105"/>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="151"/>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="70"/>
        <location filename="../../salon_desk/ui/visits/debt_dialogs.py" line="50"/>
        <source>Transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/debts_tab.py" line="49"/>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="35"/>
        <location filename="../../salon_desk/ui/sales/lines_model.py" line="210"/>
        <location filename="../../salon_desk/ui/sales/sale_view.py" line="84"/>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="105"/>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="151"/>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="70"/>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="77"/>
        <location filename="../../salon_desk/ui/visits/debt_dialogs.py" line="50"/>
        <source>Voucher</source>
        <translation>Bono</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/points_tab.py" line="40"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/points_tab.py" line="40"/>
        <location filename="../../salon_desk/ui/record/points_tab.py" line="80"/>
        <location filename="../../salon_desk/ui/visits/points_dialog.py" line="43"/>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/points_tab.py" line="40"/>
        <location filename="../../salon_desk/ui/record/points_tab.py" line="80"/>
        <location filename="../../salon_desk/ui/visits/points_dialog.py" line="43"/>
        <source>Adjusted</source>
        <translation>Ajustados</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/points_tab.py" line="40"/>
        <location filename="../../salon_desk/ui/record/points_tab.py" line="80"/>
        <location filename="../../salon_desk/ui/visits/points_dialog.py" line="43"/>
        <source>Earned</source>
        <translation>Ganados</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/points_tab.py" line="40"/>
        <location filename="../../salon_desk/ui/record/points_tab.py" line="80"/>
        <location filename="../../salon_desk/ui/visits/points_dialog.py" line="43"/>
        <source>Redeemed</source>
        <translation>Canjeados</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/points_tab.py" line="44"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/points_tab.py" line="46"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="46"/>
        <source>owed</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="59"/>
        <location filename="../../salon_desk/ui/sales/lines_model.py" line="69"/>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="103"/>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="60"/>
        <location filename="../../salon_desk/ui/sales/lines_model.py" line="69"/>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="104"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="61"/>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="87"/>
        <source>Package</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="61"/>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="87"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="61"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="63"/>
        <location filename="../../salon_desk/ui/sales/lines_model.py" line="69"/>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="107"/>
        <source>Discount</source>
        <translation>Dto.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="66"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="154"/>
        <source>added</source>
        <translation>añadidos</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="154"/>
        <source>adjusted</source>
        <translation>ajustados</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="154"/>
        <source>earned</source>
        <translation>ganados</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="154"/>
        <source>expired</source>
        <translation>caducados</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/record/sales_tab.py" line="154"/>
        <source>redeemed</source>
        <translation>canjeados</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/lines_model.py" line="69"/>
        <location filename="../../salon_desk/ui/visits/budget_dialogs.py" line="105"/>
        <source>Unit price</source>
        <translation>Precio ud.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/lines_model.py" line="200"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/lines_model.py" line="200"/>
        <source>Handed over</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/features.py" line="41"/>
        <source>New sale</source>
        <translation>Nueva venta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/features.py" line="44"/>
        <source>Charge a sale to this customer</source>
        <translation>Cobrar una venta a este cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/features.py" line="46"/>
        <source>Book appointment</source>
        <translation>Dar cita</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/features.py" line="49"/>
        <source>Open the day schedule to book this customer</source>
        <translation>Abrir la agenda del día para dar cita a este cliente</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/features.py" line="61"/>
        <source>Schedule</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/schedule/grid.py" line="142"/>
        <source>Click to book at {0}</source>
        <translation>Pulse para dar cita a las {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/common.py" line="22"/>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/common.py" line="23"/>
        <source>Printing is not available in this installation.</source>
        <translation>La impresión no está disponible en esta instalación.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="77"/>
        <source>New voucher</source>
        <translation>Nuevo bono</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="127"/>
        <source>Sell a prepaid card</source>
        <translation>Vender una tarjeta prepago</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="172"/>
        <source>New loyalty card</source>
        <translation>Nueva tarjeta de fidelidad</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="obsolete">Líneas</translation>
    </message>
</context>
<context>
    <name>VoidSaleDialog</name>
    <message>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="55"/>
        <source>Cancel sale</source>
        <translation>Anular venta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="58"/>
        <source>Cancel ticket {0} of {1} ({2})?</source>
        <translation>¿Anular el ticket {0} del {1} ({2})?</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="72"/>
        <source>Why the sale is cancelled (required)</source>
        <translation>Por qué se anula la venta (obligatorio)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="77"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="78"/>
        <source>Cancelled by</source>
        <translation>Anulada por</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="83"/>
        <source>Cancel the sale</source>
        <translation>Anular la venta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="86"/>
        <source>Keep the sale</source>
        <translation>Mantener la venta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="103"/>
        <source>{0} paid by {1} is given back (a movement out of the till)</source>
        <translation>Se devuelven {0} pagados con {1} (una salida de caja)</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="107"/>
        <source>Voucher sessions, card value and points it was paid with are given back</source>
        <translation>Se devuelven las sesiones de bono, el saldo de tarjeta y los puntos con que se pagó</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="110"/>
        <source>The %n point(s) it earned are taken back</source>
        <translation>
            <numerusform>Se retira el %n punto que ganó</numerusform>
            <numerusform>Se retiran los %n puntos que ganó</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="113"/>
        <source>What was paid since on its debt is given back too</source>
        <translation>También se devuelve lo pagado después de su deuda</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="115"/>
        <source>The debt of {0} it left is closed</source>
        <translation>Se cierra la deuda de {0} que dejó</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="117"/>
        <source>Nothing is deleted: the sale stays in the history, marked cancelled, and is left out of every total.</source>
        <translation>No se elimina nada: la venta sigue en el historial, marcada como anulada, y queda fuera de todos los totales.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="134"/>
        <source>Ticket {0} is already cancelled.</source>
        <translation>El ticket {0} ya está anulado.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="137"/>
        <source>&quot;{0}&quot;, sold on ticket {1}, has been used since, so the sale cannot be cancelled.</source>
        <translation>«{0}», vendido en el ticket {1}, ya se ha usado, así que la venta no se puede anular.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="141"/>
        <source>The sale was not cancelled</source>
        <translation>La venta no se ha anulado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="150"/>
        <source>Ticket {0} is cancelled.</source>
        <translation>El ticket {0} está anulado.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="151"/>
        <source>{0}: {1} given back</source>
        <translation>{0}: {1} devueltos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="154"/>
        <source>%n voucher session(s) given back</source>
        <translation>
            <numerusform>%n sesión de bono devuelta</numerusform>
            <numerusform>%n sesiones de bono devueltas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="156"/>
        <source>{0} given back to the cards it was paid with</source>
        <translation>{0} devueltos a las tarjetas con que se pagó</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="159"/>
        <source>%n point(s) it was paid with given back</source>
        <translation>
            <numerusform>%n punto con que se pagó devuelto</numerusform>
            <numerusform>%n puntos con que se pagó devueltos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="162"/>
        <source>%n point(s) earned taken back</source>
        <translation>
            <numerusform>%n punto ganado retirado</numerusform>
            <numerusform>%n puntos ganados retirados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="164"/>
        <source>%n point(s) earned could not be taken back: the customer has spent them</source>
        <translation>
            <numerusform>%n punto ganado no se ha podido retirar: el cliente ya lo ha gastado</numerusform>
            <numerusform>%n puntos ganados no se han podido retirar: el cliente ya los ha gastado</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="167"/>
        <source>Debt of {0} closed</source>
        <translation>Deuda de {0} cerrada</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="169"/>
        <source>&quot;{0}&quot;, sold on this ticket, is cancelled</source>
        <translation>«{0}», vendido en este ticket, queda anulado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="171"/>
        <source>Nothing was paid on it.</source>
        <translation>No se había pagado nada.</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="177"/>
        <source>Print cancellation ticket…</source>
        <translation>Imprimir justificante de anulación…</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/sales/void_dialog.py" line="178"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Given back: {0} {1}</source>
        <translation type="obsolete">Devuelto: {0} en {1}</translation>
    </message>
</context>
<context>
    <name>VoucherDialog</name>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="84"/>
        <source>e.g. 10 laser sessions</source>
        <translation>p. ej. 10 sesiones de láser</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="86"/>
        <source>Any service</source>
        <translation>Cualquier servicio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="97"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="98"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="99"/>
        <source>Purchased on</source>
        <translation>Comprado el</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="100"/>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="102"/>
        <source>Sessions bought</source>
        <translation>Sesiones compradas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="104"/>
        <source>Sessions used</source>
        <translation>Sesiones usadas</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="105"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="106"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="121"/>
        <source>The voucher was not saved</source>
        <translation>No se ha guardado el bono</translation>
    </message>
</context>
<context>
    <name>VoucherSessionsDialog</name>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="290"/>
        <source>Sessions of &quot;{0}&quot;</source>
        <translation>Sesiones de «{0}»</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="299"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="300"/>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="320"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="303"/>
        <source>ticket {0}</source>
        <translation>ticket {0}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="304"/>
        <source>Purchased</source>
        <translation>Comprado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="305"/>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="306"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="311"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="313"/>
        <source>Used {0} of {1}  ·  {2} left</source>
        <translation>Usadas {0} de {1}  ·  quedan {2}</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="318"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="319"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="321"/>
        <source>Staff</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="322"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="323"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="338"/>
        <source>on {0}</source>
        <translation>el {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="351"/>
        <source>%n earlier session(s), no details recorded</source>
        <translation>
            <numerusform>%n sesión anterior, sin detalles registrados</numerusform>
            <numerusform>%n sesiones anteriores, sin detalles registrados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="356"/>
        <source>Given back: the sale was cancelled</source>
        <translation>Devuelta: la venta se anuló</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="359"/>
        <source>Used without a sale</source>
        <translation>Usada sin venta</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="362"/>
        <source>Not used: the voucher expired</source>
        <translation>Sin usar: el bono caducó</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="363"/>
        <source>Not used: the voucher is cancelled</source>
        <translation>Sin usar: el bono está anulado</translation>
    </message>
    <message>
        <location filename="../../salon_desk/ui/visits/credit_dialogs.py" line="364"/>
        <source>Not used yet</source>
        <translation>Sin usar</translation>
    </message>
</context>
</TS>
