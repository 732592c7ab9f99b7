<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>cc::AccountService</name>
        <message>
            <source>User name: required.</source>
            <translation>User name: required.</translation>
        </message>
        <message>
            <source>User name: use 2 to 32 letters, digits, '.', '_' or '-' (no spaces).</source>
            <translation>User name: use 2 to 32 letters, digits, '.', '_' or '-' (no spaces).</translation>
        </message>
        <message>
            <source>Display name: required.</source>
            <translation>Display name: required.</translation>
        </message>
        <message>
            <source>Display name: at most 50 characters.</source>
            <translation>Display name: at most 50 characters.</translation>
        </message>
        <message>
            <source>User name: there is no user "%1".</source>
            <translation>User name: there is no user "%1".</translation>
        </message>
        <message>
            <source>The user name or the password is wrong.</source>
            <translation>The user name or the password is wrong.</translation>
        </message>
        <message>
            <source>This account is locked after too many wrong passwords until %1. Wait, or ask a manager to unlock it.</source>
            <translation>This account is locked after too many wrong passwords until %1. Wait, or ask a manager to unlock it.</translation>
        </message>
        <message>
            <source>User name: "%1" is already taken.</source>
            <translation>User name: "%1" is already taken.</translation>
        </message>
        <message>
            <source>Role: %1 is the last active manager; make another user a manager first.</source>
            <translation>Role: %1 is the last active manager; make another user a manager first.</translation>
        </message>
        <message>
            <source>User name: %1 is already deactivated.</source>
            <translation>User name: %1 is already deactivated.</translation>
        </message>
        <message>
            <source>User name: you cannot deactivate yourself.</source>
            <translation>User name: you cannot deactivate yourself.</translation>
        </message>
        <message>
            <source>User name: %1 is the last active manager and cannot be deactivated.</source>
            <translation>User name: %1 is the last active manager and cannot be deactivated.</translation>
        </message>
        <message>
            <source>Hand over to: there is no user "%1".</source>
            <translation>Hand over to: there is no user "%1".</translation>
        </message>
        <message>
            <source>Hand over to: %1 is deactivated.</source>
            <translation>Hand over to: %1 is deactivated.</translation>
        </message>
        <message>
            <source>Hand over to: choose someone other than the leaving user.</source>
            <translation>Hand over to: choose someone other than the leaving user.</translation>
        </message>
        <message>
            <source>Hand over to: %1 still holds %2 customer files, %3 open complaints and %4 pending callbacks; name who takes them over.</source>
            <translation>Hand over to: %1 still holds %2 customer files, %3 open complaints and %4 pending callbacks; name who takes them over.</translation>
        </message>
    </context>
    <context>
        <name>cc::AuditLog</name>
        <message>
            <source>Audit entry %1 is missing (the log jumps from %2 to %3).</source>
            <translation>Audit entry %1 is missing (the log jumps from %2 to %3).</translation>
        </message>
        <message>
            <source>Audit entry %1 is out of order.</source>
            <translation>Audit entry %1 is out of order.</translation>
        </message>
        <message>
            <source>Audit entry %1 does not follow the entry before it: an entry was removed, inserted or altered.</source>
            <translation>Audit entry %1 does not follow the entry before it: an entry was removed, inserted or altered.</translation>
        </message>
        <message>
            <source>Audit entry %1 has been altered after it was written.</source>
            <translation>Audit entry %1 has been altered after it was written.</translation>
        </message>
    </context>
    <context>
        <name>cc::AuditService</name>
        <message>
            <source>File: cannot write %1.</source>
            <translation>File: cannot write %1.</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Entry</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>Hash</source>
            <translation>Hash</translation>
        </message>
    </context>
    <context>
        <name>cc::Database</name>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Cannot create the folder %1.</translation>
        </message>
        <message>
            <source>Cannot create the database file %1.</source>
            <translation>Cannot create the database file %1.</translation>
        </message>
        <message>
            <source>No database file was given.</source>
            <translation>No database file was given.</translation>
        </message>
        <message>
            <source>%1 is not a file.</source>
            <translation>%1 is not a file.</translation>
        </message>
        <message>
            <source>The database file %1 does not exist.</source>
            <translation>The database file %1 does not exist.</translation>
        </message>
        <message>
            <source>Cannot open the database %1: %2</source>
            <translation>Cannot open the database %1: %2</translation>
        </message>
        <message>
            <source>%1 is not a CounterCare database; it was left untouched.</source>
            <translation>%1 is not a CounterCare database; it was left untouched.</translation>
        </message>
        <message>
            <source>%1 was written by a newer CounterCare (schema %2; this program knows up to %3). Install the newer version; the file was left untouched.</source>
            <translation>%1 was written by a newer CounterCare (schema %2; this program knows up to %3). Install the newer version; the file was left untouched.</translation>
        </message>
        <message>
            <source>%1 is damaged: %2</source>
            <translation>%1 is damaged: %2</translation>
        </message>
        <message>
            <source>The database refused the setting %1=%2 (it reports %3).</source>
            <translation>The database refused the setting %1=%2 (it reports %3).</translation>
        </message>
        <message>
            <source>The database is busy: another counter is saving. Nothing was saved; please try again.</source>
            <translation>The database is busy: another counter is saving. Nothing was saved; please try again.</translation>
        </message>
        <message>
            <source>The database file is read-only. Nothing was saved.</source>
            <translation>The database file is read-only. Nothing was saved.</translation>
        </message>
        <message>
            <source>The database file is damaged: %1</source>
            <translation>The database file is damaged: %1</translation>
        </message>
        <message>
            <source>The disk is full. Nothing was saved; free some space and try again.</source>
            <translation>The disk is full. Nothing was saved; free some space and try again.</translation>
        </message>
        <message>
            <source>The database file could not be read or written: %1</source>
            <translation>The database file could not be read or written: %1</translation>
        </message>
        <message>
            <source>The change conflicts with existing data (%1).</source>
            <translation>The change conflicts with existing data (%1).</translation>
        </message>
        <message>
            <source>Database error in %1: %2</source>
            <translation>Database error in %1: %2</translation>
        </message>
    </context>
    <context>
        <name>cc::Migrations</name>
        <message>
            <source>Cannot read the schema version.</source>
            <translation>Cannot read the schema version.</translation>
        </message>
        <message>
            <source>The database has schema %1, newer than this program's %2.</source>
            <translation>The database has schema %1, newer than this program's %2.</translation>
        </message>
        <message>
            <source>Upgrading the database to schema %1 failed: %2</source>
            <translation>Upgrading the database to schema %1 failed: %2</translation>
        </message>
    </context>
    <context>
        <name>cc::Money</name>
        <message>
            <source>%1: enter an amount in yuan.</source>
            <translation>%1: enter an amount in yuan.</translation>
        </message>
        <message>
            <source>%1: the amount cannot be negative.</source>
            <translation>%1: the amount cannot be negative.</translation>
        </message>
        <message>
            <source>%1: "%2" is not an amount; write yuan like 1498 or 12.50.</source>
            <translation>%1: "%2" is not an amount; write yuan like 1498 or 12.50.</translation>
        </message>
        <message>
            <source>%1: at most two decimals (fen) are allowed.</source>
            <translation>%1: at most two decimals (fen) are allowed.</translation>
        </message>
        <message>
            <source>%1: the amount is too large.</source>
            <translation>%1: the amount is too large.</translation>
        </message>
    </context>
    <context>
        <name>cc::PasswordHasher</name>
        <message>
            <source>Password: use at least %1 characters.</source>
            <translation>Password: use at least %1 characters.</translation>
        </message>
        <message>
            <source>Password: use at most %1 characters.</source>
            <translation>Password: use at most %1 characters.</translation>
        </message>
        <message>
            <source>The password library could not start.</source>
            <translation>The password library could not start.</translation>
        </message>
        <message>
            <source>Not enough memory to protect the password.</source>
            <translation>Not enough memory to protect the password.</translation>
        </message>
    </context>
    <context>
        <name>cc::Permissions</name>
        <message>
            <source>view customer files</source>
            <translation>view customer files</translation>
        </message>
        <message>
            <source>edit customer files</source>
            <translation>edit customer files</translation>
        </message>
        <message>
            <source>open confidential customer files</source>
            <translation>open confidential customer files</translation>
        </message>
        <message>
            <source>open secret customer files</source>
            <translation>open secret customer files</translation>
        </message>
        <message>
            <source>merge customer files</source>
            <translation>merge customer files</translation>
        </message>
        <message>
            <source>reassign customer files</source>
            <translation>reassign customer files</translation>
        </message>
        <message>
            <source>import customer files</source>
            <translation>import customer files</translation>
        </message>
        <message>
            <source>export customer files</source>
            <translation>export customer files</translation>
        </message>
        <message>
            <source>log complaints</source>
            <translation>log complaints</translation>
        </message>
        <message>
            <source>handle complaints</source>
            <translation>handle complaints</translation>
        </message>
        <message>
            <source>assign complaints</source>
            <translation>assign complaints</translation>
        </message>
        <message>
            <source>raise a complaint to major</source>
            <translation>raise a complaint to major</translation>
        </message>
        <message>
            <source>close a complaint without its callback</source>
            <translation>close a complaint without its callback</translation>
        </message>
        <message>
            <source>request compensation</source>
            <translation>request compensation</translation>
        </message>
        <message>
            <source>approve or reject compensation</source>
            <translation>approve or reject compensation</translation>
        </message>
        <message>
            <source>edit the authority table</source>
            <translation>edit the authority table</translation>
        </message>
        <message>
            <source>make callbacks</source>
            <translation>make callbacks</translation>
        </message>
        <message>
            <source>reassign callbacks</source>
            <translation>reassign callbacks</translation>
        </message>
        <message>
            <source>edit the callback rules</source>
            <translation>edit the callback rules</translation>
        </message>
        <message>
            <source>read reports</source>
            <translation>read reports</translation>
        </message>
        <message>
            <source>manage users</source>
            <translation>manage users</translation>
        </message>
        <message>
            <source>read the audit log</source>
            <translation>read the audit log</translation>
        </message>
        <message>
            <source>export the audit log</source>
            <translation>export the audit log</translation>
        </message>
        <message>
            <source>change the store settings</source>
            <translation>change the store settings</translation>
        </message>
        <message>
            <source>back up or restore the database</source>
            <translation>back up or restore the database</translation>
        </message>
        <message>
            <source>A %1 may not %2.</source>
            <translation>A %1 may not %2.</translation>
        </message>
    </context>
    <context>
        <name>cc::Roles</name>
        <message>
            <source>Clerk</source>
            <translation>Clerk</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
    </context>
    <context>
        <name>cc::StoreService</name>
        <message>
            <source>Store name: required.</source>
            <translation>Store name: required.</translation>
        </message>
        <message>
            <source>Store name: at most 100 characters.</source>
            <translation>Store name: at most 100 characters.</translation>
        </message>
        <message>
            <source>This database already belongs to the store "%1"; it was left untouched.</source>
            <translation>This database already belongs to the store "%1"; it was left untouched.</translation>
        </message>
        <message>
            <source>This database already has users; it was left untouched.</source>
            <translation>This database already has users; it was left untouched.</translation>
        </message>
    </context>
    <context>
        <name>cc::StoreSettings</name>
        <message>
            <source>Lock after: choose between %1 and %2 minutes.</source>
            <translation>Lock after: choose between %1 and %2 minutes.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::AuditCommand</name>
        <message>
            <source>Recompute the audit log's hash chain; exit 1 naming the first bad entry.</source>
            <translation>Recompute the audit log's hash chain; exit 1 naming the first bad entry.</translation>
        </message>
        <message numerus="yes">
            <source>The audit log is intact: %n entries.</source>
            <translation>
                <numerusform>The audit log is intact: %n entry.</numerusform>
                <numerusform>The audit log is intact: %n entries.</numerusform>
            </translation>
        </message>
        <message>
            <source>List audit entries, newest first (manager only).</source>
            <translation>List audit entries, newest first (manager only).</translation>
        </message>
        <message>
            <source>Only entries from this day on (local time).</source>
            <translation>Only entries from this day on (local time).</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>DATE</translation>
        </message>
        <message>
            <source>Only entries about one thing, e.g. user:3.</source>
            <translation>Only entries about one thing, e.g. user:3.</translation>
        </message>
        <message>
            <source>KIND:ID</source>
            <translation>KIND:ID</translation>
        </message>
        <message>
            <source>At most this many entries (default 1000).</source>
            <translation>At most this many entries (default 1000).</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>--since: write the date as YYYY-MM-DD.</source>
            <translation>--since: write the date as YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>--entity: write KIND:ID, e.g. user:3.</source>
            <translation>--entity: write KIND:ID, e.g. user:3.</translation>
        </message>
        <message>
            <source>--limit: give a whole number of at least 1.</source>
            <translation>--limit: give a whole number of at least 1.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::CheckCommand</name>
        <message>
            <source>Check the schema version, the file's integrity and the audit chain; exit 0 only when all are healthy.</source>
            <translation>Check the schema version, the file's integrity and the audit chain; exit 0 only when all are healthy.</translation>
        </message>
        <message>
            <source>Schema version: %1</source>
            <translation>Schema version: %1</translation>
        </message>
        <message>
            <source>Integrity: %1</source>
            <translation>Integrity: %1</translation>
        </message>
        <message>
            <source>Audit chain: %1</source>
            <translation>Audit chain: %1</translation>
        </message>
        <message>
            <source>Healthy.</source>
            <translation>Healthy.</translation>
        </message>
        <message>
            <source>NOT healthy.</source>
            <translation>NOT healthy.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::Cli</name>
        <message>
            <source>Database file (default: env COUNTERCARE_DB, else the app's own file).</source>
            <translation>Database file (default: env COUNTERCARE_DB, else the app's own file).</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>PATH</translation>
        </message>
        <message>
            <source>Acting user (default: env COUNTERCARE_USER).</source>
            <translation>Acting user (default: env COUNTERCARE_USER).</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>Read the acting user's password from the first line of PATH (or set COUNTERCARE_PASSWORD).</source>
            <translation>Read the acting user's password from the first line of PATH (or set COUNTERCARE_PASSWORD).</translation>
        </message>
        <message>
            <source>Print one JSON document on stdout.</source>
            <translation>Print one JSON document on stdout.</translation>
        </message>
        <message>
            <source>Language of messages: zh_CN, zh_TW or en.</source>
            <translation>Language of messages: zh_CN, zh_TW or en.</translation>
        </message>
        <message>
            <source>LANG</source>
            <translation>LANG</translation>
        </message>
        <message>
            <source>Show help.</source>
            <translation>Show help.</translation>
        </message>
        <message>
            <source>Usage: countercare-cli [global options] COMMAND [options]

The command-line companion of CounterCare: set-up, users, audit and automation.

Commands:
</source>
            <translation>Usage: countercare-cli [global options] COMMAND [options]

The command-line companion of CounterCare: set-up, users, audit and automation.

Commands:
</translation>
        </message>
        <message>
            <source>
Global options:
</source>
            <translation>
Global options:
</translation>
        </message>
        <message>
            <source>
Exit codes: 0 done, 1 refused, 2 usage error, 3 database unusable.
Run 'countercare-cli COMMAND --help' for the options of a command.
</source>
            <translation>
Exit codes: 0 done, 1 refused, 2 usage error, 3 database unusable.
Run 'countercare-cli COMMAND --help' for the options of a command.
</translation>
        </message>
        <message>
            <source>Usage: countercare-cli %1 %2 [options]

%3

Options:
</source>
            <translation>Usage: countercare-cli %1 %2 [options]

%3

Options:
</translation>
        </message>
        <message>
            <source>
Global options are listed by 'countercare-cli --help'.
</source>
            <translation>
Global options are listed by 'countercare-cli --help'.
</translation>
        </message>
        <message>
            <source>--lang: use zh_CN, zh_TW or en.</source>
            <translation>--lang: use zh_CN, zh_TW or en.</translation>
        </message>
        <message>
            <source>Unknown command "%1". Run 'countercare-cli --help' for the list.</source>
            <translation>Unknown command "%1". Run 'countercare-cli --help' for the list.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::CommandContext</name>
        <message>
            <source>--%1: cannot read %2.</source>
            <translation>--%1: cannot read %2.</translation>
        </message>
        <message>
            <source>--%1: %2 is empty.</source>
            <translation>--%1: %2 is empty.</translation>
        </message>
        <message>
            <source>Password: none given. Set %1%2, or run in a terminal to be asked.</source>
            <translation>Password: none given. Set %1%2, or run in a terminal to be asked.</translation>
        </message>
        <message>
            <source> or use --%1</source>
            <translation> or use --%1</translation>
        </message>
        <message>
            <source>Password: nothing was entered.</source>
            <translation>Password: nothing was entered.</translation>
        </message>
        <message>
            <source>Repeat the password: </source>
            <translation>Repeat the password: </translation>
        </message>
        <message>
            <source>Password: the two entries differ.</source>
            <translation>Password: the two entries differ.</translation>
        </message>
        <message>
            <source>--user: say who is acting (or set COUNTERCARE_USER).</source>
            <translation>--user: say who is acting (or set COUNTERCARE_USER).</translation>
        </message>
        <message>
            <source>Password for %1: </source>
            <translation>Password for %1: </translation>
        </message>
    </context>
    <context>
        <name>cc::cli::InitCommand</name>
        <message>
            <source>Create a new store database with its first manager (password from COUNTERCARE_PASSWORD, --password-file or a prompt).</source>
            <translation>Create a new store database with its first manager (password from COUNTERCARE_PASSWORD, --password-file or a prompt).</translation>
        </message>
        <message>
            <source>Name of the store.</source>
            <translation>Name of the store.</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>User name of the first manager.</source>
            <translation>User name of the first manager.</translation>
        </message>
        <message>
            <source>Display name of the first manager.</source>
            <translation>Display name of the first manager.</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>--store-name: required.</source>
            <translation>--store-name: required.</translation>
        </message>
        <message>
            <source>--admin: required.</source>
            <translation>--admin: required.</translation>
        </message>
        <message>
            <source>Password for %1: </source>
            <translation>Password for %1: </translation>
        </message>
        <message>
            <source>Created the store "%1" in %2 with the manager %3.</source>
            <translation>Created the store "%1" in %2 with the manager %3.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::UserAddCommand</name>
        <message>
            <source>Add a user (manager only); the new password comes from COUNTERCARE_NEW_PASSWORD, --new-password-file or a prompt.</source>
            <translation>Add a user (manager only); the new password comes from COUNTERCARE_NEW_PASSWORD, --new-password-file or a prompt.</translation>
        </message>
        <message>
            <source>clerk, supervisor or manager.</source>
            <translation>clerk, supervisor or manager.</translation>
        </message>
        <message>
            <source>ROLE</source>
            <translation>ROLE</translation>
        </message>
        <message>
            <source>Name shown in the app.</source>
            <translation>Name shown in the app.</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>Read the new user's password from PATH.</source>
            <translation>Read the new user's password from PATH.</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>PATH</translation>
        </message>
        <message>
            <source>--role: use clerk, supervisor or manager.</source>
            <translation>--role: use clerk, supervisor or manager.</translation>
        </message>
        <message>
            <source>New password for %1: </source>
            <translation>New password for %1: </translation>
        </message>
        <message>
            <source>Added %1 (%2).</source>
            <translation>Added %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::UserCommand</name>
        <message>
            <source>This command takes no arguments.</source>
            <translation>This command takes no arguments.</translation>
        </message>
        <message>
            <source>NAME: give exactly one user name.</source>
            <translation>NAME: give exactly one user name.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::UserDeactivateCommand</name>
        <message>
            <source>Deactivate a leaving user, handing their customer files, open complaints and pending callbacks to another user (manager only).</source>
            <translation>Deactivate a leaving user, handing their customer files, open complaints and pending callbacks to another user (manager only).</translation>
        </message>
        <message>
            <source>User who takes over everything the leaving user holds.</source>
            <translation>User who takes over everything the leaving user holds.</translation>
        </message>
        <message>
            <source>OTHER</source>
            <translation>OTHER</translation>
        </message>
        <message>
            <source>%1 is deactivated.</source>
            <translation>%1 is deactivated.</translation>
        </message>
        <message>
            <source>%1 is deactivated; everything they held now belongs to %2.</source>
            <translation>%1 is deactivated; everything they held now belongs to %2.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::UserListCommand</name>
        <message>
            <source>List the users (manager only).</source>
            <translation>List the users (manager only).</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>deactivated</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>locked</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::UserPasswdCommand</name>
        <message>
            <source>Change a password: your own, or anyone's as a manager (new password from COUNTERCARE_NEW_PASSWORD, --new-password-file or a prompt).</source>
            <translation>Change a password: your own, or anyone's as a manager (new password from COUNTERCARE_NEW_PASSWORD, --new-password-file or a prompt).</translation>
        </message>
        <message>
            <source>Read the new password from PATH.</source>
            <translation>Read the new password from PATH.</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>PATH</translation>
        </message>
        <message>
            <source>New password for %1: </source>
            <translation>New password for %1: </translation>
        </message>
        <message>
            <source>Password of %1 changed.</source>
            <translation>Password of %1 changed.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::UserRoleCommand</name>
        <message>
            <source>Change a user's role (manager only).</source>
            <translation>Change a user's role (manager only).</translation>
        </message>
        <message>
            <source>clerk, supervisor or manager.</source>
            <translation>clerk, supervisor or manager.</translation>
        </message>
        <message>
            <source>ROLE</source>
            <translation>ROLE</translation>
        </message>
        <message>
            <source>--role: use clerk, supervisor or manager.</source>
            <translation>--role: use clerk, supervisor or manager.</translation>
        </message>
        <message>
            <source>%1 is now %2.</source>
            <translation>%1 is now %2.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::UserUnlockCommand</name>
        <message>
            <source>Lift the lock after too many wrong passwords (manager only).</source>
            <translation>Lift the lock after too many wrong passwords (manager only).</translation>
        </message>
        <message>
            <source>%1 is unlocked.</source>
            <translation>%1 is unlocked.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::VersionCommand</name>
        <message>
            <source>Print the program version and the schema version it writes.</source>
            <translation>Print the program version and the schema version it writes.</translation>
        </message>
        <message>
            <source>countercare-cli %1 (database schema %2)</source>
            <translation>countercare-cli %1 (database schema %2)</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::AdminPage</name>
        <message>
            <source>Admin</source>
            <translation>Admin</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Store settings</source>
            <translation>Store settings</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::AuditLogModel</name>
        <message>
            <source>Store created</source>
            <translation>Store created</translation>
        </message>
        <message>
            <source>User added</source>
            <translation>User added</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Signed in</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>Signed out</translation>
        </message>
        <message>
            <source>Sign-in refused</source>
            <translation>Sign-in refused</translation>
        </message>
        <message>
            <source>Account locked</source>
            <translation>Account locked</translation>
        </message>
        <message>
            <source>Account unlocked</source>
            <translation>Account unlocked</translation>
        </message>
        <message>
            <source>Password changed</source>
            <translation>Password changed</translation>
        </message>
        <message>
            <source>Password reset</source>
            <translation>Password reset</translation>
        </message>
        <message>
            <source>Role changed</source>
            <translation>Role changed</translation>
        </message>
        <message>
            <source>Display name changed</source>
            <translation>Display name changed</translation>
        </message>
        <message>
            <source>Work handed over</source>
            <translation>Work handed over</translation>
        </message>
        <message>
            <source>User deactivated</source>
            <translation>User deactivated</translation>
        </message>
        <message>
            <source>Setting changed</source>
            <translation>Setting changed</translation>
        </message>
        <message>
            <source>Audit log exported</source>
            <translation>Audit log exported</translation>
        </message>
        <message>
            <source>%1 as %2</source>
            <translation>%1 as %2</translation>
        </message>
        <message>
            <source>Wrong password (%1 in a row)</source>
            <translation>Wrong password (%1 in a row)</translation>
        </message>
        <message>
            <source>Unknown user name</source>
            <translation>Unknown user name</translation>
        </message>
        <message>
            <source>Account is deactivated</source>
            <translation>Account is deactivated</translation>
        </message>
        <message>
            <source>Account is locked</source>
            <translation>Account is locked</translation>
        </message>
        <message>
            <source>Locked for %1 minutes after %2 wrong passwords</source>
            <translation>Locked for %1 minutes after %2 wrong passwords</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>To %1: %2 customer files, %3 open complaints, %4 pending callbacks</source>
            <translation>To %1: %2 customer files, %3 open complaints, %4 pending callbacks</translation>
        </message>
        <message>
            <source>New value: %1</source>
            <translation>New value: %1</translation>
        </message>
        <message>
            <source>%1 entries to %2</source>
            <translation>%1 entries to %2</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>User #%1</source>
            <translation>User #%1</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Store</translation>
        </message>
        <message>
            <source>Setting: lock after (minutes)</source>
            <translation>Setting: lock after (minutes)</translation>
        </message>
        <message>
            <source>Setting: %1</source>
            <translation>Setting: %1</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Entry %1 · %2 · hash %3</source>
            <translation>Entry %1 · %2 · hash %3</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Concerns</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::AuditTab</name>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Store</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Verify chain</source>
            <translation>Verify chain</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>No entries match these filters.</source>
            <translation>No entries match these filters.</translation>
        </message>
        <message>
            <source>Newest first. Scroll down for older entries.</source>
            <translation>Newest first. Scroll down for older entries.</translation>
        </message>
        <message numerus="yes">
            <source>The audit log is intact: all %n entries verify.</source>
            <translation>
                <numerusform>The audit log is intact: all %n entry verifies.</numerusform>
                <numerusform>The audit log is intact: all %n entries verify.</numerusform>
            </translation>
        </message>
        <message>
            <source>The audit log has been tampered with.

%1</source>
            <translation>The audit log has been tampered with.

%1</translation>
        </message>
        <message>
            <source>Export audit log</source>
            <translation>Export audit log</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n entries to %1.</source>
            <translation>
                <numerusform>Exported %n entry to %1.</numerusform>
                <numerusform>Exported %n entries to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cc::ui::DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Store</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Signed in</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>Hello, %1. Everything you need at the counter starts here.</source>
            <translation>Hello, %1. Everything you need at the counter starts here.</translation>
        </message>
        <message>
            <source>Opened on %1</source>
            <translation>Opened on %1</translation>
        </message>
        <message>
            <source>Healthy</source>
            <translation>Healthy</translation>
        </message>
        <message>
            <source>Schema %1 · %2</source>
            <translation>Schema %1 · %2</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::DeactivateDialog</name>
        <message>
            <source>Deactivate %1</source>
            <translation>Deactivate %1</translation>
        </message>
        <message>
            <source>Staff departure</source>
            <translation>Staff departure</translation>
        </message>
        <message>
            <source>%1 will no longer be able to sign in. Everything they hold is handed over to a colleague first, so no customer is left without someone in charge.</source>
            <translation>%1 will no longer be able to sign in. Everything they hold is handed over to a colleague first, so no customer is left without someone in charge.</translation>
        </message>
        <message>
            <source>Holds %1 customer files, %2 open complaints and %3 pending callbacks.</source>
            <translation>Holds %1 customer files, %2 open complaints and %3 pending callbacks.</translation>
        </message>
        <message>
            <source>Nobody (nothing to hand over)</source>
            <translation>Nobody (nothing to hand over)</translation>
        </message>
        <message>
            <source>Hand over to</source>
            <translation>Hand over to</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::FirstRunDialog</name>
        <message>
            <source>Create store and sign in</source>
            <translation>Create store and sign in</translation>
        </message>
        <message>
            <source>Welcome to CounterCare</source>
            <translation>Welcome to CounterCare</translation>
        </message>
        <message>
            <source>e.g. Wangfujing flagship store</source>
            <translation>e.g. Wangfujing flagship store</translation>
        </message>
        <message>
            <source>letters or digits, used to sign in</source>
            <translation>letters or digits, used to sign in</translation>
        </message>
        <message>
            <source>e.g. Manager Wang</source>
            <translation>e.g. Manager Wang</translation>
        </message>
        <message>
            <source>at least %1 characters</source>
            <translation>at least %1 characters</translation>
        </message>
        <message>
            <source>Set up your store</source>
            <translation>Set up your store</translation>
        </message>
        <message>
            <source>This database is new. Name the store and create the first manager account; the manager then adds the other staff.</source>
            <translation>This database is new. Name the store and create the first manager account; the manager then adds the other staff.</translation>
        </message>
        <message>
            <source>Store name *</source>
            <translation>Store name *</translation>
        </message>
        <message>
            <source>Manager user name *</source>
            <translation>Manager user name *</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Display name</translation>
        </message>
        <message>
            <source>Password *</source>
            <translation>Password *</translation>
        </message>
        <message>
            <source>Repeat password *</source>
            <translation>Repeat password *</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::FormSupport</name>
        <message>
            <source>Repeat password: the two passwords differ.</source>
            <translation>Repeat password: the two passwords differ.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::GuardedDialog</name>
        <message>
            <source>Discard what you typed?</source>
            <translation>Discard what you typed?</translation>
        </message>
        <message>
            <source>Closing this window throws away what you typed in it. Close anyway?</source>
            <translation>Closing this window throws away what you typed in it. Close anyway?</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::MainWindow</name>
        <message numerus="yes">
            <source>Locked after %n minute(s) without use. Sign in to continue.</source>
            <translation>
                <numerusform>Locked after %n minute without use. Sign in to continue.</numerusform>
                <numerusform>Locked after %n minutes without use. Sign in to continue.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Lock screen</source>
            <translation>&amp;Lock screen</translation>
        </message>
        <message>
            <source>&amp;Switch user…</source>
            <translation>&amp;Switch user…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Follow the system</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>&amp;About CounterCare</source>
            <translation>&amp;About CounterCare</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Admin</translation>
        </message>
        <message>
            <source>The screen is locked. Sign in to continue.</source>
            <translation>The screen is locked. Sign in to continue.</translation>
        </message>
        <message>
            <source>Switch user</source>
            <translation>Switch user</translation>
        </message>
        <message>
            <source>%1 signed out. The next person signs in here.</source>
            <translation>%1 signed out. The next person signs in here.</translation>
        </message>
        <message>
            <source>Signed in: %1 (%2)</source>
            <translation>Signed in: %1 (%2)</translation>
        </message>
        <message>
            <source>Store: %1</source>
            <translation>Store: %1</translation>
        </message>
        <message>
            <source>Database: healthy</source>
            <translation>Database: healthy</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>The new language is used from the next start of CounterCare.</source>
            <translation>The new language is used from the next start of CounterCare.</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>&lt;table cellpadding='3'&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lock the screen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Refresh the page&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Close a dialog (asks before anything typed is lost)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
            <translation>&lt;table cellpadding='3'&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lock the screen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Refresh the page&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Close a dialog (asks before anything typed is lost)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
        </message>
        <message>
            <source>About CounterCare</source>
            <translation>About CounterCare</translation>
        </message>
        <message>
            <source>&lt;b&gt;CounterCare %1&lt;/b&gt;&lt;p&gt;The customer-service counter of %2: customer files, complaints, compensation and callbacks, offline.&lt;/p&gt;</source>
            <translation>&lt;b&gt;CounterCare %1&lt;/b&gt;&lt;p&gt;The customer-service counter of %2: customer files, complaints, compensation and callbacks, offline.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>CounterCare</source>
            <translation>CounterCare</translation>
        </message>
        <message>
            <source>Change my &amp;password…</source>
            <translation>Change my &amp;password…</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::PasswordDialog</name>
        <message>
            <source>Set password</source>
            <translation>Set password</translation>
        </message>
        <message>
            <source>New password for %1</source>
            <translation>New password for %1</translation>
        </message>
        <message>
            <source>at least %1 characters</source>
            <translation>at least %1 characters</translation>
        </message>
        <message>
            <source>New password *</source>
            <translation>New password *</translation>
        </message>
        <message>
            <source>Repeat password *</source>
            <translation>Repeat password *</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::SignInDialog</name>
        <message>
            <source>Sign in — CounterCare</source>
            <translation>Sign in — CounterCare</translation>
        </message>
        <message>
            <source>CounterCare customer service counter. Sign in to continue.</source>
            <translation>CounterCare customer service counter. Sign in to continue.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::SignInForm</name>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>e.g. lina</source>
            <translation>e.g. lina</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Enter your user name.</source>
            <translation>Enter your user name.</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Enter your password.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::StoreSettingsTab</name>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>A counter PC left alone locks itself, so customer files are never shown to the next person at the counter.</source>
            <translation>A counter PC left alone locks itself, so customer files are never shown to the next person at the counter.</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Save settings</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Save (Ctrl+S)</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Store</translation>
        </message>
        <message>
            <source>Lock the screen after</source>
            <translation>Lock the screen after</translation>
        </message>
        <message numerus="yes">
            <source>Saved. The screen now locks after %n minute(s) without use.</source>
            <translation>
                <numerusform>Saved. The screen now locks after %n minute without use.</numerusform>
                <numerusform>Saved. The screen now locks after %n minutes without use.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cc::ui::UserDialog</name>
        <message>
            <source>Add user</source>
            <translation>Add user</translation>
        </message>
        <message>
            <source>used to sign in, e.g. lina</source>
            <translation>used to sign in, e.g. lina</translation>
        </message>
        <message>
            <source>shown on cases, e.g. 李娜</source>
            <translation>shown on cases, e.g. 李娜</translation>
        </message>
        <message>
            <source>at least %1 characters</source>
            <translation>at least %1 characters</translation>
        </message>
        <message>
            <source>User name *</source>
            <translation>User name *</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Display name</translation>
        </message>
        <message>
            <source>Role *</source>
            <translation>Role *</translation>
        </message>
        <message>
            <source>Password *</source>
            <translation>Password *</translation>
        </message>
        <message>
            <source>Repeat password *</source>
            <translation>Repeat password *</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::UserListModel</name>
        <message>
            <source>Deactivated</source>
            <translation>Deactivated</translation>
        </message>
        <message>
            <source>Locked until %1</source>
            <translation>Locked until %1</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Display name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Since</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::UsersTab</name>
        <message>
            <source>Add user…</source>
            <translation>Add user…</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>Reset password…</translation>
        </message>
        <message>
            <source>Change role…</source>
            <translation>Change role…</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Deactivate…</source>
            <translation>Deactivate…</translation>
        </message>
        <message>
            <source>Add a staff account (Ctrl+Shift+U)</source>
            <translation>Add a staff account (Ctrl+Shift+U)</translation>
        </message>
        <message numerus="yes">
            <source>%n user(s)</source>
            <translation>
                <numerusform>%n user</numerusform>
                <numerusform>%n users</numerusform>
            </translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>Change role</translation>
        </message>
        <message>
            <source>Role of %1:</source>
            <translation>Role of %1:</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Users</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>CounterCare customer-service counter</source>
            <translation>CounterCare customer-service counter</translation>
        </message>
        <message>
            <source>Database file (default: env COUNTERCARE_DB, else the app's own file).</source>
            <translation>Database file (default: env COUNTERCARE_DB, else the app's own file).</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>PATH</translation>
        </message>
        <message>
            <source>CounterCare cannot start</source>
            <translation>CounterCare cannot start</translation>
        </message>
    </context>
</TS>
