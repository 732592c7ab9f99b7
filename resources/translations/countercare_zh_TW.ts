<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>cc::AccountService</name>
        <message>
            <source>User name: required.</source>
            <translation>使用者名稱：必須填寫。</translation>
        </message>
        <message>
            <source>User name: use 2 to 32 letters, digits, '.', '_' or '-' (no spaces).</source>
            <translation>使用者名稱：請使用 2 到 32 個字母、數字、“.”、“_”或“-”（不能有空格）。</translation>
        </message>
        <message>
            <source>Display name: required.</source>
            <translation>顯示名稱：必須填寫。</translation>
        </message>
        <message>
            <source>Display name: at most 50 characters.</source>
            <translation>顯示名稱：最多 50 個字符。</translation>
        </message>
        <message>
            <source>User name: there is no user "%1".</source>
            <translation>使用者名稱：沒有用戶“%1”。</translation>
        </message>
        <message>
            <source>The user name or the password is wrong.</source>
            <translation>使用者名稱或密碼錯誤。</translation>
        </message>
        <message>
            <source>This account is locked after too many wrong passwords until %1. Wait, or ask a manager to unlock it.</source>
            <translation>密碼輸錯次數過多，此帳號已鎖定至 %1。請稍候，或請店長解鎖。</translation>
        </message>
        <message>
            <source>User name: "%1" is already taken.</source>
            <translation>使用者名稱：“%1”已被使用。</translation>
        </message>
        <message>
            <source>Role: %1 is the last active manager; make another user a manager first.</source>
            <translation>角色：%1 是最後一位在用的店長，請先讓另一位用戶成為店長。</translation>
        </message>
        <message>
            <source>User name: %1 is already deactivated.</source>
            <translation>使用者名稱：%1 已經停用。</translation>
        </message>
        <message>
            <source>User name: you cannot deactivate yourself.</source>
            <translation>使用者名稱：不能停用自己。</translation>
        </message>
        <message>
            <source>User name: %1 is the last active manager and cannot be deactivated.</source>
            <translation>使用者名稱：%1 是最後一位在用的店長，不能停用。</translation>
        </message>
        <message>
            <source>Hand over to: there is no user "%1".</source>
            <translation>移交給：沒有用戶“%1”。</translation>
        </message>
        <message>
            <source>Hand over to: %1 is deactivated.</source>
            <translation>移交給：%1 已停用。</translation>
        </message>
        <message>
            <source>Hand over to: choose someone other than the leaving user.</source>
            <translation>移交給：請選擇離職員工以外的人。</translation>
        </message>
        <message>
            <source>Hand over to: %1 still holds %2 customer files, %3 open complaints and %4 pending callbacks; name who takes them over.</source>
            <translation>移交給：%1 名下還有 %2 份客戶檔案、%3 件未結投訴和 %4 個待辦回訪，請指定接手人。</translation>
        </message>
    </context>
    <context>
        <name>cc::AuditLog</name>
        <message>
            <source>Audit entry %1 is missing (the log jumps from %2 to %3).</source>
            <translation>審計記錄 %1 缺失（日誌從 %2 直接跳到 %3）。</translation>
        </message>
        <message>
            <source>Audit entry %1 is out of order.</source>
            <translation>審計記錄 %1 順序錯亂。</translation>
        </message>
        <message>
            <source>Audit entry %1 does not follow the entry before it: an entry was removed, inserted or altered.</source>
            <translation>審計記錄 %1 與前一條接不上：有記錄被刪除、插入或篡改。</translation>
        </message>
        <message>
            <source>Audit entry %1 has been altered after it was written.</source>
            <translation>審計記錄 %1 在寫入後被篡改。</translation>
        </message>
    </context>
    <context>
        <name>cc::AuditService</name>
        <message>
            <source>File: cannot write %1.</source>
            <translation>檔案：無法寫入 %1。</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>記錄</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用戶</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>詳情</translation>
        </message>
        <message>
            <source>Hash</source>
            <translation>哈希</translation>
        </message>
    </context>
    <context>
        <name>cc::Database</name>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>無法創建資料夾 %1。</translation>
        </message>
        <message>
            <source>Cannot create the database file %1.</source>
            <translation>無法創建資料庫檔案 %1。</translation>
        </message>
        <message>
            <source>No database file was given.</source>
            <translation>未指定資料庫檔案。</translation>
        </message>
        <message>
            <source>%1 is not a file.</source>
            <translation>%1 不是檔案。</translation>
        </message>
        <message>
            <source>The database file %1 does not exist.</source>
            <translation>資料庫檔案 %1 不存在。</translation>
        </message>
        <message>
            <source>Cannot open the database %1: %2</source>
            <translation>無法打開資料庫 %1：%2</translation>
        </message>
        <message>
            <source>%1 is not a CounterCare database; it was left untouched.</source>
            <translation>%1 不是 CounterCare 資料庫，未做任何改動。</translation>
        </message>
        <message>
            <source>%1 was written by a newer CounterCare (schema %2; this program knows up to %3). Install the newer version; the file was left untouched.</source>
            <translation>%1 由更新版本的 CounterCare 寫入（結構版本 %2，本程式最高支持 %3）。請安裝新版本；檔案未做任何改動。</translation>
        </message>
        <message>
            <source>%1 is damaged: %2</source>
            <translation>%1 已損壞：%2</translation>
        </message>
        <message>
            <source>The database refused the setting %1=%2 (it reports %3).</source>
            <translation>資料庫拒絕了設置 %1=%2（實際為 %3）。</translation>
        </message>
        <message>
            <source>The database is busy: another counter is saving. Nothing was saved; please try again.</source>
            <translation>資料庫正忙：另一個櫃檯正在保存。本次未保存任何內容，請重試。</translation>
        </message>
        <message>
            <source>The database file is read-only. Nothing was saved.</source>
            <translation>資料庫檔案為只讀，未保存任何內容。</translation>
        </message>
        <message>
            <source>The database file is damaged: %1</source>
            <translation>資料庫檔案已損壞：%1</translation>
        </message>
        <message>
            <source>The disk is full. Nothing was saved; free some space and try again.</source>
            <translation>磁盤已滿，未保存任何內容。請騰出空間後重試。</translation>
        </message>
        <message>
            <source>The database file could not be read or written: %1</source>
            <translation>無法讀寫資料庫檔案：%1</translation>
        </message>
        <message>
            <source>The change conflicts with existing data (%1).</source>
            <translation>此修改與已有資料衝突（%1）。</translation>
        </message>
        <message>
            <source>Database error in %1: %2</source>
            <translation>資料庫錯誤（%1）：%2</translation>
        </message>
    </context>
    <context>
        <name>cc::Migrations</name>
        <message>
            <source>Cannot read the schema version.</source>
            <translation>無法讀取資料庫結構版本。</translation>
        </message>
        <message>
            <source>The database has schema %1, newer than this program's %2.</source>
            <translation>資料庫結構版本為 %1，比本程式支持的 %2 更新。</translation>
        </message>
        <message>
            <source>Upgrading the database to schema %1 failed: %2</source>
            <translation>將資料庫升級到結構版本 %1 失敗：%2</translation>
        </message>
    </context>
    <context>
        <name>cc::Money</name>
        <message>
            <source>%1: enter an amount in yuan.</source>
            <translation>%1：請輸入金額（元）。</translation>
        </message>
        <message>
            <source>%1: the amount cannot be negative.</source>
            <translation>%1：金額不能為負數。</translation>
        </message>
        <message>
            <source>%1: "%2" is not an amount; write yuan like 1498 or 12.50.</source>
            <translation>%1：“%2”不是金額，請按元填寫，例如 1498 或 12.50。</translation>
        </message>
        <message>
            <source>%1: at most two decimals (fen) are allowed.</source>
            <translation>%1：最多兩位小數（到分）。</translation>
        </message>
        <message>
            <source>%1: the amount is too large.</source>
            <translation>%1：金額過大。</translation>
        </message>
    </context>
    <context>
        <name>cc::PasswordHasher</name>
        <message>
            <source>Password: use at least %1 characters.</source>
            <translation>密碼：至少需要 %1 個字符。</translation>
        </message>
        <message>
            <source>Password: use at most %1 characters.</source>
            <translation>密碼：最多 %1 個字符。</translation>
        </message>
        <message>
            <source>The password library could not start.</source>
            <translation>密碼加密組件無法啟動。</translation>
        </message>
        <message>
            <source>Not enough memory to protect the password.</source>
            <translation>內存不足，無法加密保存密碼。</translation>
        </message>
    </context>
    <context>
        <name>cc::Permissions</name>
        <message>
            <source>view customer files</source>
            <translation>查看客戶檔案</translation>
        </message>
        <message>
            <source>edit customer files</source>
            <translation>編輯客戶檔案</translation>
        </message>
        <message>
            <source>open confidential customer files</source>
            <translation>查閱機密客戶檔案</translation>
        </message>
        <message>
            <source>open secret customer files</source>
            <translation>查閱絕密客戶檔案</translation>
        </message>
        <message>
            <source>merge customer files</source>
            <translation>合併客戶檔案</translation>
        </message>
        <message>
            <source>reassign customer files</source>
            <translation>重新分配客戶檔案</translation>
        </message>
        <message>
            <source>import customer files</source>
            <translation>導入客戶檔案</translation>
        </message>
        <message>
            <source>export customer files</source>
            <translation>導出客戶檔案</translation>
        </message>
        <message>
            <source>log complaints</source>
            <translation>登記投訴</translation>
        </message>
        <message>
            <source>handle complaints</source>
            <translation>處理投訴</translation>
        </message>
        <message>
            <source>assign complaints</source>
            <translation>分派投訴</translation>
        </message>
        <message>
            <source>raise a complaint to major</source>
            <translation>將投訴升級為重大投訴</translation>
        </message>
        <message>
            <source>close a complaint without its callback</source>
            <translation>未回訪就結案</translation>
        </message>
        <message>
            <source>request compensation</source>
            <translation>申請賠償</translation>
        </message>
        <message>
            <source>approve or reject compensation</source>
            <translation>審批賠償</translation>
        </message>
        <message>
            <source>edit the authority table</source>
            <translation>修改權限核決表</translation>
        </message>
        <message>
            <source>make callbacks</source>
            <translation>進行回訪</translation>
        </message>
        <message>
            <source>reassign callbacks</source>
            <translation>重新分派回訪</translation>
        </message>
        <message>
            <source>edit the callback rules</source>
            <translation>修改回訪規則</translation>
        </message>
        <message>
            <source>read reports</source>
            <translation>查看報表</translation>
        </message>
        <message>
            <source>manage users</source>
            <translation>管理用戶</translation>
        </message>
        <message>
            <source>read the audit log</source>
            <translation>查看審計日誌</translation>
        </message>
        <message>
            <source>export the audit log</source>
            <translation>導出審計日誌</translation>
        </message>
        <message>
            <source>change the store settings</source>
            <translation>修改門店設置</translation>
        </message>
        <message>
            <source>back up or restore the database</source>
            <translation>備份或恢復資料庫</translation>
        </message>
        <message>
            <source>A %1 may not %2.</source>
            <translation>%1無權%2。</translation>
        </message>
    </context>
    <context>
        <name>cc::Roles</name>
        <message>
            <source>Clerk</source>
            <translation>營業員</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>主管</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>店長</translation>
        </message>
    </context>
    <context>
        <name>cc::StoreService</name>
        <message>
            <source>Store name: required.</source>
            <translation>門店名稱：必須填寫。</translation>
        </message>
        <message>
            <source>Store name: at most 100 characters.</source>
            <translation>門店名稱：最多 100 個字符。</translation>
        </message>
        <message>
            <source>This database already belongs to the store "%1"; it was left untouched.</source>
            <translation>此資料庫已屬於門店“%1”，未做任何改動。</translation>
        </message>
        <message>
            <source>This database already has users; it was left untouched.</source>
            <translation>此資料庫已有用戶，未做任何改動。</translation>
        </message>
    </context>
    <context>
        <name>cc::StoreSettings</name>
        <message>
            <source>Lock after: choose between %1 and %2 minutes.</source>
            <translation>自動鎖定時間：請選擇 %1 到 %2 分鐘。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::AuditCommand</name>
        <message>
            <source>Recompute the audit log's hash chain; exit 1 naming the first bad entry.</source>
            <translation>重新計算審計日誌的哈希鏈；發現問題時返回 1 並指出第一條有問題的記錄。</translation>
        </message>
        <message numerus="yes">
            <source>The audit log is intact: %n entries.</source>
            <translation>
                <numerusform>審計日誌完好：共 %n 條記錄。</numerusform>
            </translation>
        </message>
        <message>
            <source>List audit entries, newest first (manager only).</source>
            <translation>列出審計記錄，最新的在前（僅店長）。</translation>
        </message>
        <message>
            <source>Only entries from this day on (local time).</source>
            <translation>只看從這一天起的記錄（本地時間）。</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Only entries about one thing, e.g. user:3.</source>
            <translation>只看關於某一對象的記錄，例如 user:3。</translation>
        </message>
        <message>
            <source>KIND:ID</source>
            <translation>類型:編號</translation>
        </message>
        <message>
            <source>At most this many entries (default 1000).</source>
            <translation>最多顯示多少條（預設 1000）。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>--since: write the date as YYYY-MM-DD.</source>
            <translation>--since：日期請寫成 YYYY-MM-DD。</translation>
        </message>
        <message>
            <source>--entity: write KIND:ID, e.g. user:3.</source>
            <translation>--entity：請寫成 類型:編號，例如 user:3。</translation>
        </message>
        <message>
            <source>--limit: give a whole number of at least 1.</source>
            <translation>--limit：請給出不小於 1 的整數。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::CheckCommand</name>
        <message>
            <source>Check the schema version, the file's integrity and the audit chain; exit 0 only when all are healthy.</source>
            <translation>檢查資料庫結構版本、檔案完整性和審計鏈；全部正常時才返回 0。</translation>
        </message>
        <message>
            <source>Schema version: %1</source>
            <translation>結構版本：%1</translation>
        </message>
        <message>
            <source>Integrity: %1</source>
            <translation>完整性：%1</translation>
        </message>
        <message>
            <source>Audit chain: %1</source>
            <translation>審計鏈：%1</translation>
        </message>
        <message>
            <source>Healthy.</source>
            <translation>正常。</translation>
        </message>
        <message>
            <source>NOT healthy.</source>
            <translation>不正常。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::Cli</name>
        <message>
            <source>Database file (default: env COUNTERCARE_DB, else the app's own file).</source>
            <translation>資料庫檔案（預設：環境變量 COUNTERCARE_DB，否則為本程式自己的檔案）。</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>路徑</translation>
        </message>
        <message>
            <source>Acting user (default: env COUNTERCARE_USER).</source>
            <translation>操作用戶（預設：環境變量 COUNTERCARE_USER）。</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Read the acting user's password from the first line of PATH (or set COUNTERCARE_PASSWORD).</source>
            <translation>從 PATH 檔案的第一行讀取操作用戶的密碼（或設置 COUNTERCARE_PASSWORD）。</translation>
        </message>
        <message>
            <source>Print one JSON document on stdout.</source>
            <translation>在標準輸出打印一個 JSON 文檔。</translation>
        </message>
        <message>
            <source>Language of messages: zh_CN, zh_TW or en.</source>
            <translation>消息語言：zh_CN、zh_TW 或 en。</translation>
        </message>
        <message>
            <source>LANG</source>
            <translation>語言</translation>
        </message>
        <message>
            <source>Show help.</source>
            <translation>顯示幫助。</translation>
        </message>
        <message>
            <source>Usage: countercare-cli [global options] COMMAND [options]

The command-line companion of CounterCare: set-up, users, audit and automation.

Commands:
</source>
            <translation>用法：countercare-cli [全局選項] 命令 [選項]

CounterCare 的命令行工具：建店、用戶、審計和自動化。

命令：
</translation>
        </message>
        <message>
            <source>
Global options:
</source>
            <translation>
全局選項：
</translation>
        </message>
        <message>
            <source>
Exit codes: 0 done, 1 refused, 2 usage error, 3 database unusable.
Run 'countercare-cli COMMAND --help' for the options of a command.
</source>
            <translation>
退出碼：0 完成，1 被拒絕，2 用法錯誤，3 資料庫不可用。
運行“countercare-cli 命令 --help”查看某個命令的選項。
</translation>
        </message>
        <message>
            <source>Usage: countercare-cli %1 %2 [options]

%3

Options:
</source>
            <translation>用法：countercare-cli %1 %2 [選項]

%3

選項：
</translation>
        </message>
        <message>
            <source>
Global options are listed by 'countercare-cli --help'.
</source>
            <translation>
全局選項請運行“countercare-cli --help”查看。
</translation>
        </message>
        <message>
            <source>--lang: use zh_CN, zh_TW or en.</source>
            <translation>--lang：請使用 zh_CN、zh_TW 或 en。</translation>
        </message>
        <message>
            <source>Unknown command "%1". Run 'countercare-cli --help' for the list.</source>
            <translation>未知命令“%1”。運行“countercare-cli --help”查看命令列表。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::CommandContext</name>
        <message>
            <source>--%1: cannot read %2.</source>
            <translation>--%1：無法讀取 %2。</translation>
        </message>
        <message>
            <source>--%1: %2 is empty.</source>
            <translation>--%1：%2 是空檔案。</translation>
        </message>
        <message>
            <source>Password: none given. Set %1%2, or run in a terminal to be asked.</source>
            <translation>密碼：未提供。請設置 %1%2，或在終端中運行以便提示輸入。</translation>
        </message>
        <message>
            <source> or use --%1</source>
            <translation>，或使用 --%1</translation>
        </message>
        <message>
            <source>Password: nothing was entered.</source>
            <translation>密碼：沒有輸入任何內容。</translation>
        </message>
        <message>
            <source>Repeat the password: </source>
            <translation>再次輸入密碼：</translation>
        </message>
        <message>
            <source>Password: the two entries differ.</source>
            <translation>密碼：兩次輸入不一致。</translation>
        </message>
        <message>
            <source>--user: say who is acting (or set COUNTERCARE_USER).</source>
            <translation>--user：請說明由誰操作（或設置 COUNTERCARE_USER）。</translation>
        </message>
        <message>
            <source>Password for %1: </source>
            <translation>%1 的密碼：</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::InitCommand</name>
        <message>
            <source>Create a new store database with its first manager (password from COUNTERCARE_PASSWORD, --password-file or a prompt).</source>
            <translation>新建門店資料庫及第一位店長（密碼取自 COUNTERCARE_PASSWORD、--password-file 或提示輸入）。</translation>
        </message>
        <message>
            <source>Name of the store.</source>
            <translation>門店名稱。</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>User name of the first manager.</source>
            <translation>第一位店長的使用者名稱。</translation>
        </message>
        <message>
            <source>Display name of the first manager.</source>
            <translation>第一位店長的顯示名稱。</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>--store-name: required.</source>
            <translation>--store-name：必須填寫。</translation>
        </message>
        <message>
            <source>--admin: required.</source>
            <translation>--admin：必須填寫。</translation>
        </message>
        <message>
            <source>Password for %1: </source>
            <translation>%1 的密碼：</translation>
        </message>
        <message>
            <source>Created the store "%1" in %2 with the manager %3.</source>
            <translation>已在 %2 創建門店“%1”，店長為 %3。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::UserAddCommand</name>
        <message>
            <source>Add a user (manager only); the new password comes from COUNTERCARE_NEW_PASSWORD, --new-password-file or a prompt.</source>
            <translation>添加用戶（僅店長）；新密碼取自 COUNTERCARE_NEW_PASSWORD、--new-password-file 或提示輸入。</translation>
        </message>
        <message>
            <source>clerk, supervisor or manager.</source>
            <translation>clerk（營業員）、supervisor（主管）或 manager（店長）。</translation>
        </message>
        <message>
            <source>ROLE</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Name shown in the app.</source>
            <translation>在程式中顯示的名稱。</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>Read the new user's password from PATH.</source>
            <translation>從 PATH 檔案讀取新用戶的密碼。</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>路徑</translation>
        </message>
        <message>
            <source>--role: use clerk, supervisor or manager.</source>
            <translation>--role：請使用 clerk（營業員）、supervisor（主管）或 manager（店長）。</translation>
        </message>
        <message>
            <source>New password for %1: </source>
            <translation>%1 的新密碼：</translation>
        </message>
        <message>
            <source>Added %1 (%2).</source>
            <translation>已添加 %1（%2）。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::UserCommand</name>
        <message>
            <source>This command takes no arguments.</source>
            <translation>此命令不接受參數。</translation>
        </message>
        <message>
            <source>NAME: give exactly one user name.</source>
            <translation>名稱：請給出且只給出一個使用者名稱。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::UserDeactivateCommand</name>
        <message>
            <source>Deactivate a leaving user, handing their customer files, open complaints and pending callbacks to another user (manager only).</source>
            <translation>停用離職員工，並把其客戶檔案、未結投訴和待辦回訪移交給另一位用戶（僅店長）。</translation>
        </message>
        <message>
            <source>User who takes over everything the leaving user holds.</source>
            <translation>接手離職員工全部工作的用戶。</translation>
        </message>
        <message>
            <source>OTHER</source>
            <translation>接手人</translation>
        </message>
        <message>
            <source>%1 is deactivated.</source>
            <translation>%1 已停用。</translation>
        </message>
        <message>
            <source>%1 is deactivated; everything they held now belongs to %2.</source>
            <translation>%1 已停用；其名下的全部工作已移交給 %2。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::UserListCommand</name>
        <message>
            <source>List the users (manager only).</source>
            <translation>列出用戶（僅店長）。</translation>
        </message>
        <message>
            <source>active</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>已鎖定</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::UserPasswdCommand</name>
        <message>
            <source>Change a password: your own, or anyone's as a manager (new password from COUNTERCARE_NEW_PASSWORD, --new-password-file or a prompt).</source>
            <translation>修改密碼：可改自己的，店長可重置任何人的（新密碼取自 COUNTERCARE_NEW_PASSWORD、--new-password-file 或提示輸入）。</translation>
        </message>
        <message>
            <source>Read the new password from PATH.</source>
            <translation>從 PATH 檔案讀取新密碼。</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>路徑</translation>
        </message>
        <message>
            <source>New password for %1: </source>
            <translation>%1 的新密碼：</translation>
        </message>
        <message>
            <source>Password of %1 changed.</source>
            <translation>%1 的密碼已修改。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::UserRoleCommand</name>
        <message>
            <source>Change a user's role (manager only).</source>
            <translation>更改用戶角色（僅店長）。</translation>
        </message>
        <message>
            <source>clerk, supervisor or manager.</source>
            <translation>clerk（營業員）、supervisor（主管）或 manager（店長）。</translation>
        </message>
        <message>
            <source>ROLE</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>--role: use clerk, supervisor or manager.</source>
            <translation>--role：請使用 clerk（營業員）、supervisor（主管）或 manager（店長）。</translation>
        </message>
        <message>
            <source>%1 is now %2.</source>
            <translation>%1 現在是%2。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::UserUnlockCommand</name>
        <message>
            <source>Lift the lock after too many wrong passwords (manager only).</source>
            <translation>解除因多次輸錯密碼造成的鎖定（僅店長）。</translation>
        </message>
        <message>
            <source>%1 is unlocked.</source>
            <translation>%1 已解鎖。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::VersionCommand</name>
        <message>
            <source>Print the program version and the schema version it writes.</source>
            <translation>顯示程式版本及其寫入的資料庫結構版本。</translation>
        </message>
        <message>
            <source>countercare-cli %1 (database schema %2)</source>
            <translation>countercare-cli %1（資料庫結構版本 %2）</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::AdminPage</name>
        <message>
            <source>Admin</source>
            <translation>管理</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>用戶</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>審計日誌</translation>
        </message>
        <message>
            <source>Store settings</source>
            <translation>門店設置</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::AuditLogModel</name>
        <message>
            <source>Store created</source>
            <translation>創建門店</translation>
        </message>
        <message>
            <source>User added</source>
            <translation>添加用戶</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>已登入</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>退出登入</translation>
        </message>
        <message>
            <source>Sign-in refused</source>
            <translation>登入被拒</translation>
        </message>
        <message>
            <source>Account locked</source>
            <translation>帳號鎖定</translation>
        </message>
        <message>
            <source>Account unlocked</source>
            <translation>帳號解鎖</translation>
        </message>
        <message>
            <source>Password changed</source>
            <translation>修改密碼</translation>
        </message>
        <message>
            <source>Password reset</source>
            <translation>重置密碼</translation>
        </message>
        <message>
            <source>Role changed</source>
            <translation>更改角色</translation>
        </message>
        <message>
            <source>Display name changed</source>
            <translation>修改顯示名稱</translation>
        </message>
        <message>
            <source>Work handed over</source>
            <translation>移交工作</translation>
        </message>
        <message>
            <source>User deactivated</source>
            <translation>停用用戶</translation>
        </message>
        <message>
            <source>Setting changed</source>
            <translation>修改設置</translation>
        </message>
        <message>
            <source>Audit log exported</source>
            <translation>導出審計日誌</translation>
        </message>
        <message>
            <source>%1 as %2</source>
            <translation>%1，角色：%2</translation>
        </message>
        <message>
            <source>Wrong password (%1 in a row)</source>
            <translation>密碼錯誤（連續第 %1 次）</translation>
        </message>
        <message>
            <source>Unknown user name</source>
            <translation>未知使用者名稱</translation>
        </message>
        <message>
            <source>Account is deactivated</source>
            <translation>帳號已停用</translation>
        </message>
        <message>
            <source>Account is locked</source>
            <translation>帳號已鎖定</translation>
        </message>
        <message>
            <source>Locked for %1 minutes after %2 wrong passwords</source>
            <translation>連續輸錯 %2 次密碼，鎖定 %1 分鐘</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>To %1: %2 customer files, %3 open complaints, %4 pending callbacks</source>
            <translation>移交給 %1：%2 份客戶檔案、%3 件未結投訴、%4 個待辦回訪</translation>
        </message>
        <message>
            <source>New value: %1</source>
            <translation>新值：%1</translation>
        </message>
        <message>
            <source>%1 entries to %2</source>
            <translation>%1 條記錄，導出到 %2</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用戶</translation>
        </message>
        <message>
            <source>User #%1</source>
            <translation>用戶 #%1</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>門店</translation>
        </message>
        <message>
            <source>Setting: lock after (minutes)</source>
            <translation>設置：無操作鎖定螢幕時間（分鐘）</translation>
        </message>
        <message>
            <source>Setting: %1</source>
            <translation>設置：%1</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>審計日誌</translation>
        </message>
        <message>
            <source>Entry %1 · %2 · hash %3</source>
            <translation>記錄 %1 · %2 · 哈希 %3</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>對象</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>詳情</translation>
        </message>
        <message>
            <source>System</source>
            <translation>系統</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::AuditTab</name>
        <message>
            <source>From</source>
            <translation>從</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>全部類型</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>用戶</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>門店</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>設置</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>審計日誌</translation>
        </message>
        <message>
            <source>Verify chain</source>
            <translation>校驗審計鏈</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>導出 CSV…</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用戶</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>所有人</translation>
        </message>
        <message>
            <source>No entries match these filters.</source>
            <translation>沒有符合篩選條件的記錄。</translation>
        </message>
        <message>
            <source>Newest first. Scroll down for older entries.</source>
            <translation>最新的在前，向下滾動查看更早的記錄。</translation>
        </message>
        <message numerus="yes">
            <source>The audit log is intact: all %n entries verify.</source>
            <translation>
                <numerusform>審計日誌完好：全部 %n 條記錄校驗通過。</numerusform>
            </translation>
        </message>
        <message>
            <source>The audit log has been tampered with.

%1</source>
            <translation>審計日誌已被篡改。

%1</translation>
        </message>
        <message>
            <source>Export audit log</source>
            <translation>導出審計日誌</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 檔案 (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n entries to %1.</source>
            <translation>
                <numerusform>已導出 %n 條記錄到 %1。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cc::ui::DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation>工作臺</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>門店</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>已登入</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>資料庫</translation>
        </message>
        <message>
            <source>Hello, %1. Everything you need at the counter starts here.</source>
            <translation>%1，您好。櫃檯上的每一項工作都從這裡開始。</translation>
        </message>
        <message>
            <source>Opened on %1</source>
            <translation>開設於 %1</translation>
        </message>
        <message>
            <source>Healthy</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>Schema %1 · %2</source>
            <translation>結構版本 %1 · %2</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::DeactivateDialog</name>
        <message>
            <source>Deactivate %1</source>
            <translation>停用 %1</translation>
        </message>
        <message>
            <source>Staff departure</source>
            <translation>員工離職</translation>
        </message>
        <message>
            <source>%1 will no longer be able to sign in. Everything they hold is handed over to a colleague first, so no customer is left without someone in charge.</source>
            <translation>%1 將無法再登入。停用前，其名下的全部工作會先移交給一位同事，確保每位顧客都有人負責。</translation>
        </message>
        <message>
            <source>Holds %1 customer files, %2 open complaints and %3 pending callbacks.</source>
            <translation>名下有 %1 份客戶檔案、%2 件未結投訴和 %3 個待辦回訪。</translation>
        </message>
        <message>
            <source>Nobody (nothing to hand over)</source>
            <translation>無（沒有需要移交的工作）</translation>
        </message>
        <message>
            <source>Hand over to</source>
            <translation>移交給</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::FirstRunDialog</name>
        <message>
            <source>Create store and sign in</source>
            <translation>創建門店並登入</translation>
        </message>
        <message>
            <source>Welcome to CounterCare</source>
            <translation>歡迎使用 CounterCare</translation>
        </message>
        <message>
            <source>e.g. Wangfujing flagship store</source>
            <translation>例如：王府井旗艦店</translation>
        </message>
        <message>
            <source>letters or digits, used to sign in</source>
            <translation>字母或數字，用於登入</translation>
        </message>
        <message>
            <source>e.g. Manager Wang</source>
            <translation>例如：王店長</translation>
        </message>
        <message>
            <source>at least %1 characters</source>
            <translation>至少 %1 個字符</translation>
        </message>
        <message>
            <source>Set up your store</source>
            <translation>設置您的門店</translation>
        </message>
        <message>
            <source>This database is new. Name the store and create the first manager account; the manager then adds the other staff.</source>
            <translation>這是一個新資料庫。請填寫門店名稱並創建第一個店長帳號，之後由店長添加其他員工。</translation>
        </message>
        <message>
            <source>Store name *</source>
            <translation>門店名稱 *</translation>
        </message>
        <message>
            <source>Manager user name *</source>
            <translation>店長使用者名稱 *</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>顯示名稱</translation>
        </message>
        <message>
            <source>Password *</source>
            <translation>密碼 *</translation>
        </message>
        <message>
            <source>Repeat password *</source>
            <translation>再次輸入密碼 *</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::FormSupport</name>
        <message>
            <source>Repeat password: the two passwords differ.</source>
            <translation>再次輸入密碼：兩次輸入的密碼不一致。</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::GuardedDialog</name>
        <message>
            <source>Discard what you typed?</source>
            <translation>放棄已輸入的內容？</translation>
        </message>
        <message>
            <source>Closing this window throws away what you typed in it. Close anyway?</source>
            <translation>關閉此窗口會丟棄您已輸入的內容。仍要關閉嗎？</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::MainWindow</name>
        <message numerus="yes">
            <source>Locked after %n minute(s) without use. Sign in to continue.</source>
            <translation>
                <numerusform>已 %n 分鐘無操作，螢幕已鎖定。請登入後繼續。</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Lock screen</source>
            <translation>鎖定螢幕(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Switch user…</source>
            <translation>切換用戶(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>視圖(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>語言(&amp;L)</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>跟隨系統</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>幫助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>快捷鍵(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;About CounterCare</source>
            <translation>關於 CounterCare(&amp;A)</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>工作臺</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>管理</translation>
        </message>
        <message>
            <source>The screen is locked. Sign in to continue.</source>
            <translation>螢幕已鎖定。請登入後繼續。</translation>
        </message>
        <message>
            <source>Switch user</source>
            <translation>切換用戶</translation>
        </message>
        <message>
            <source>%1 signed out. The next person signs in here.</source>
            <translation>%1 已退出登入。下一位請在這裡登入。</translation>
        </message>
        <message>
            <source>Signed in: %1 (%2)</source>
            <translation>當前用戶：%1（%2）</translation>
        </message>
        <message>
            <source>Store: %1</source>
            <translation>門店：%1</translation>
        </message>
        <message>
            <source>Database: healthy</source>
            <translation>資料庫：正常</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>語言</translation>
        </message>
        <message>
            <source>The new language is used from the next start of CounterCare.</source>
            <translation>新語言將在下次啟動 CounterCare 時生效。</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>快捷鍵</translation>
        </message>
        <message>
            <source>&lt;table cellpadding='3'&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lock the screen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Refresh the page&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Close a dialog (asks before anything typed is lost)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
            <translation>&lt;table cellpadding='3'&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;鎖定螢幕&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;刷新頁面&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;退出&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;關閉對話框（會先確認，已輸入的內容不會悄悄丟失）&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
        </message>
        <message>
            <source>About CounterCare</source>
            <translation>關於 CounterCare</translation>
        </message>
        <message>
            <source>&lt;b&gt;CounterCare %1&lt;/b&gt;&lt;p&gt;The customer-service counter of %2: customer files, complaints, compensation and callbacks, offline.&lt;/p&gt;</source>
            <translation>&lt;b&gt;CounterCare %1&lt;/b&gt;&lt;p&gt;%2 的客服櫃檯系統：客戶檔案、投訴、賠償和回訪，離線可用。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>CounterCare</source>
            <translation>CounterCare 櫃檯客服</translation>
        </message>
        <message>
            <source>Change my &amp;password…</source>
            <translation>修改我的密碼(&amp;P)…</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::PasswordDialog</name>
        <message>
            <source>Set password</source>
            <translation>設置密碼</translation>
        </message>
        <message>
            <source>New password for %1</source>
            <translation>為 %1 設置新密碼</translation>
        </message>
        <message>
            <source>at least %1 characters</source>
            <translation>至少 %1 個字符</translation>
        </message>
        <message>
            <source>New password *</source>
            <translation>新密碼 *</translation>
        </message>
        <message>
            <source>Repeat password *</source>
            <translation>再次輸入密碼 *</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::SignInDialog</name>
        <message>
            <source>Sign in — CounterCare</source>
            <translation>登入 — CounterCare</translation>
        </message>
        <message>
            <source>CounterCare customer service counter. Sign in to continue.</source>
            <translation>CounterCare 櫃檯客服系統。請登入後繼續。</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::SignInForm</name>
        <message>
            <source>Sign in</source>
            <translation>登入</translation>
        </message>
        <message>
            <source>e.g. lina</source>
            <translation>例如：lina</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>使用者名稱</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密碼</translation>
        </message>
        <message>
            <source>Enter your user name.</source>
            <translation>請輸入使用者名稱。</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>請輸入密碼。</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::StoreSettingsTab</name>
        <message>
            <source> min</source>
            <translation> 分鐘</translation>
        </message>
        <message>
            <source>A counter PC left alone locks itself, so customer files are never shown to the next person at the counter.</source>
            <translation>櫃檯電腦無人操作時會自動鎖定，客戶檔案不會展示給下一個站到櫃檯前的人。</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>保存設置</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>保存（Ctrl+S）</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>門店</translation>
        </message>
        <message>
            <source>Lock the screen after</source>
            <translation>無操作鎖定螢幕時間</translation>
        </message>
        <message numerus="yes">
            <source>Saved. The screen now locks after %n minute(s) without use.</source>
            <translation>
                <numerusform>已保存。現在無操作 %n 分鐘後將自動鎖定螢幕。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cc::ui::UserDialog</name>
        <message>
            <source>Add user</source>
            <translation>添加用戶</translation>
        </message>
        <message>
            <source>used to sign in, e.g. lina</source>
            <translation>用於登入，例如：lina</translation>
        </message>
        <message>
            <source>shown on cases, e.g. 李娜</source>
            <translation>顯示在案件上，例如：李娜</translation>
        </message>
        <message>
            <source>at least %1 characters</source>
            <translation>至少 %1 個字符</translation>
        </message>
        <message>
            <source>User name *</source>
            <translation>使用者名稱 *</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>顯示名稱</translation>
        </message>
        <message>
            <source>Role *</source>
            <translation>角色 *</translation>
        </message>
        <message>
            <source>Password *</source>
            <translation>密碼 *</translation>
        </message>
        <message>
            <source>Repeat password *</source>
            <translation>再次輸入密碼 *</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::UserListModel</name>
        <message>
            <source>Deactivated</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Locked until %1</source>
            <translation>鎖定至 %1</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>使用者名稱</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>顯示名稱</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>創建日期</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::UsersTab</name>
        <message>
            <source>Add user…</source>
            <translation>添加用戶…</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>重置密碼…</translation>
        </message>
        <message>
            <source>Change role…</source>
            <translation>更改角色…</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>解鎖</translation>
        </message>
        <message>
            <source>Deactivate…</source>
            <translation>停用…</translation>
        </message>
        <message>
            <source>Add a staff account (Ctrl+Shift+U)</source>
            <translation>添加員工帳號（Ctrl+Shift+U）</translation>
        </message>
        <message numerus="yes">
            <source>%n user(s)</source>
            <translation>
                <numerusform>共 %n 個用戶</numerusform>
            </translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>更改角色</translation>
        </message>
        <message>
            <source>Role of %1:</source>
            <translation>%1 的角色：</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>用戶</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>CounterCare customer-service counter</source>
            <translation>CounterCare 櫃檯客服系統</translation>
        </message>
        <message>
            <source>Database file (default: env COUNTERCARE_DB, else the app's own file).</source>
            <translation>資料庫檔案（預設：環境變量 COUNTERCARE_DB，否則為本程式自己的檔案）。</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>路徑</translation>
        </message>
        <message>
            <source>CounterCare cannot start</source>
            <translation>CounterCare 無法啟動</translation>
        </message>
    </context>
</TS>
