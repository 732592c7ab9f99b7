<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>cc::AccountService</name>
        <message>
            <source>User name: required.</source>
            <translation>用户名：必须填写。</translation>
        </message>
        <message>
            <source>User name: use 2 to 32 letters, digits, '.', '_' or '-' (no spaces).</source>
            <translation>用户名：请使用 2 到 32 个字母、数字、“.”、“_”或“-”（不能有空格）。</translation>
        </message>
        <message>
            <source>Display name: required.</source>
            <translation>显示名称：必须填写。</translation>
        </message>
        <message>
            <source>Display name: at most 50 characters.</source>
            <translation>显示名称：最多 50 个字符。</translation>
        </message>
        <message>
            <source>User name: there is no user "%1".</source>
            <translation>用户名：没有用户“%1”。</translation>
        </message>
        <message>
            <source>The user name or the password is wrong.</source>
            <translation>用户名或密码错误。</translation>
        </message>
        <message>
            <source>This account is locked after too many wrong passwords until %1. Wait, or ask a manager to unlock it.</source>
            <translation>密码输错次数过多，此账号已锁定至 %1。请稍候，或请店长解锁。</translation>
        </message>
        <message>
            <source>User name: "%1" is already taken.</source>
            <translation>用户名：“%1”已被使用。</translation>
        </message>
        <message>
            <source>Role: %1 is the last active manager; make another user a manager first.</source>
            <translation>角色：%1 是最后一位在用的店长，请先让另一位用户成为店长。</translation>
        </message>
        <message>
            <source>User name: %1 is already deactivated.</source>
            <translation>用户名：%1 已经停用。</translation>
        </message>
        <message>
            <source>User name: you cannot deactivate yourself.</source>
            <translation>用户名：不能停用自己。</translation>
        </message>
        <message>
            <source>User name: %1 is the last active manager and cannot be deactivated.</source>
            <translation>用户名：%1 是最后一位在用的店长，不能停用。</translation>
        </message>
        <message>
            <source>Hand over to: there is no user "%1".</source>
            <translation>移交给：没有用户“%1”。</translation>
        </message>
        <message>
            <source>Hand over to: %1 is deactivated.</source>
            <translation>移交给：%1 已停用。</translation>
        </message>
        <message>
            <source>Hand over to: choose someone other than the leaving user.</source>
            <translation>移交给：请选择离职员工以外的人。</translation>
        </message>
        <message>
            <source>Hand over to: %1 still holds %2 customer files, %3 open complaints and %4 pending callbacks; name who takes them over.</source>
            <translation>移交给：%1 名下还有 %2 份客户档案、%3 件未结投诉和 %4 个待办回访，请指定接手人。</translation>
        </message>
    </context>
    <context>
        <name>cc::AuditLog</name>
        <message>
            <source>Audit entry %1 is missing (the log jumps from %2 to %3).</source>
            <translation>审计记录 %1 缺失（日志从 %2 直接跳到 %3）。</translation>
        </message>
        <message>
            <source>Audit entry %1 is out of order.</source>
            <translation>审计记录 %1 顺序错乱。</translation>
        </message>
        <message>
            <source>Audit entry %1 does not follow the entry before it: an entry was removed, inserted or altered.</source>
            <translation>审计记录 %1 与前一条接不上：有记录被删除、插入或篡改。</translation>
        </message>
        <message>
            <source>Audit entry %1 has been altered after it was written.</source>
            <translation>审计记录 %1 在写入后被篡改。</translation>
        </message>
    </context>
    <context>
        <name>cc::AuditService</name>
        <message>
            <source>File: cannot write %1.</source>
            <translation>文件：无法写入 %1。</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>详情</translation>
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
            <translation>无法创建文件夹 %1。</translation>
        </message>
        <message>
            <source>Cannot create the database file %1.</source>
            <translation>无法创建数据库文件 %1。</translation>
        </message>
        <message>
            <source>No database file was given.</source>
            <translation>未指定数据库文件。</translation>
        </message>
        <message>
            <source>%1 is not a file.</source>
            <translation>%1 不是文件。</translation>
        </message>
        <message>
            <source>The database file %1 does not exist.</source>
            <translation>数据库文件 %1 不存在。</translation>
        </message>
        <message>
            <source>Cannot open the database %1: %2</source>
            <translation>无法打开数据库 %1：%2</translation>
        </message>
        <message>
            <source>%1 is not a CounterCare database; it was left untouched.</source>
            <translation>%1 不是 CounterCare 数据库，未做任何改动。</translation>
        </message>
        <message>
            <source>%1 was written by a newer CounterCare (schema %2; this program knows up to %3). Install the newer version; the file was left untouched.</source>
            <translation>%1 由更新版本的 CounterCare 写入（结构版本 %2，本程序最高支持 %3）。请安装新版本；文件未做任何改动。</translation>
        </message>
        <message>
            <source>%1 is damaged: %2</source>
            <translation>%1 已损坏：%2</translation>
        </message>
        <message>
            <source>The database refused the setting %1=%2 (it reports %3).</source>
            <translation>数据库拒绝了设置 %1=%2（实际为 %3）。</translation>
        </message>
        <message>
            <source>The database is busy: another counter is saving. Nothing was saved; please try again.</source>
            <translation>数据库正忙：另一个柜台正在保存。本次未保存任何内容，请重试。</translation>
        </message>
        <message>
            <source>The database file is read-only. Nothing was saved.</source>
            <translation>数据库文件为只读，未保存任何内容。</translation>
        </message>
        <message>
            <source>The database file is damaged: %1</source>
            <translation>数据库文件已损坏：%1</translation>
        </message>
        <message>
            <source>The disk is full. Nothing was saved; free some space and try again.</source>
            <translation>磁盘已满，未保存任何内容。请腾出空间后重试。</translation>
        </message>
        <message>
            <source>The database file could not be read or written: %1</source>
            <translation>无法读写数据库文件：%1</translation>
        </message>
        <message>
            <source>The change conflicts with existing data (%1).</source>
            <translation>此修改与已有数据冲突（%1）。</translation>
        </message>
        <message>
            <source>Database error in %1: %2</source>
            <translation>数据库错误（%1）：%2</translation>
        </message>
    </context>
    <context>
        <name>cc::Migrations</name>
        <message>
            <source>Cannot read the schema version.</source>
            <translation>无法读取数据库结构版本。</translation>
        </message>
        <message>
            <source>The database has schema %1, newer than this program's %2.</source>
            <translation>数据库结构版本为 %1，比本程序支持的 %2 更新。</translation>
        </message>
        <message>
            <source>Upgrading the database to schema %1 failed: %2</source>
            <translation>将数据库升级到结构版本 %1 失败：%2</translation>
        </message>
    </context>
    <context>
        <name>cc::Money</name>
        <message>
            <source>%1: enter an amount in yuan.</source>
            <translation>%1：请输入金额（元）。</translation>
        </message>
        <message>
            <source>%1: the amount cannot be negative.</source>
            <translation>%1：金额不能为负数。</translation>
        </message>
        <message>
            <source>%1: "%2" is not an amount; write yuan like 1498 or 12.50.</source>
            <translation>%1：“%2”不是金额，请按元填写，例如 1498 或 12.50。</translation>
        </message>
        <message>
            <source>%1: at most two decimals (fen) are allowed.</source>
            <translation>%1：最多两位小数（到分）。</translation>
        </message>
        <message>
            <source>%1: the amount is too large.</source>
            <translation>%1：金额过大。</translation>
        </message>
    </context>
    <context>
        <name>cc::PasswordHasher</name>
        <message>
            <source>Password: use at least %1 characters.</source>
            <translation>密码：至少需要 %1 个字符。</translation>
        </message>
        <message>
            <source>Password: use at most %1 characters.</source>
            <translation>密码：最多 %1 个字符。</translation>
        </message>
        <message>
            <source>The password library could not start.</source>
            <translation>密码加密组件无法启动。</translation>
        </message>
        <message>
            <source>Not enough memory to protect the password.</source>
            <translation>内存不足，无法加密保存密码。</translation>
        </message>
    </context>
    <context>
        <name>cc::Permissions</name>
        <message>
            <source>view customer files</source>
            <translation>查看客户档案</translation>
        </message>
        <message>
            <source>edit customer files</source>
            <translation>编辑客户档案</translation>
        </message>
        <message>
            <source>open confidential customer files</source>
            <translation>查阅机密客户档案</translation>
        </message>
        <message>
            <source>open secret customer files</source>
            <translation>查阅绝密客户档案</translation>
        </message>
        <message>
            <source>merge customer files</source>
            <translation>合并客户档案</translation>
        </message>
        <message>
            <source>reassign customer files</source>
            <translation>重新分配客户档案</translation>
        </message>
        <message>
            <source>import customer files</source>
            <translation>导入客户档案</translation>
        </message>
        <message>
            <source>export customer files</source>
            <translation>导出客户档案</translation>
        </message>
        <message>
            <source>log complaints</source>
            <translation>登记投诉</translation>
        </message>
        <message>
            <source>handle complaints</source>
            <translation>处理投诉</translation>
        </message>
        <message>
            <source>assign complaints</source>
            <translation>分派投诉</translation>
        </message>
        <message>
            <source>raise a complaint to major</source>
            <translation>将投诉升级为重大投诉</translation>
        </message>
        <message>
            <source>close a complaint without its callback</source>
            <translation>未回访就结案</translation>
        </message>
        <message>
            <source>request compensation</source>
            <translation>申请赔偿</translation>
        </message>
        <message>
            <source>approve or reject compensation</source>
            <translation>审批赔偿</translation>
        </message>
        <message>
            <source>edit the authority table</source>
            <translation>修改权限核决表</translation>
        </message>
        <message>
            <source>make callbacks</source>
            <translation>进行回访</translation>
        </message>
        <message>
            <source>reassign callbacks</source>
            <translation>重新分派回访</translation>
        </message>
        <message>
            <source>edit the callback rules</source>
            <translation>修改回访规则</translation>
        </message>
        <message>
            <source>read reports</source>
            <translation>查看报表</translation>
        </message>
        <message>
            <source>manage users</source>
            <translation>管理用户</translation>
        </message>
        <message>
            <source>read the audit log</source>
            <translation>查看审计日志</translation>
        </message>
        <message>
            <source>export the audit log</source>
            <translation>导出审计日志</translation>
        </message>
        <message>
            <source>change the store settings</source>
            <translation>修改门店设置</translation>
        </message>
        <message>
            <source>back up or restore the database</source>
            <translation>备份或恢复数据库</translation>
        </message>
        <message>
            <source>A %1 may not %2.</source>
            <translation>%1无权%2。</translation>
        </message>
    </context>
    <context>
        <name>cc::Roles</name>
        <message>
            <source>Clerk</source>
            <translation>营业员</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>主管</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>店长</translation>
        </message>
    </context>
    <context>
        <name>cc::StoreService</name>
        <message>
            <source>Store name: required.</source>
            <translation>门店名称：必须填写。</translation>
        </message>
        <message>
            <source>Store name: at most 100 characters.</source>
            <translation>门店名称：最多 100 个字符。</translation>
        </message>
        <message>
            <source>This database already belongs to the store "%1"; it was left untouched.</source>
            <translation>此数据库已属于门店“%1”，未做任何改动。</translation>
        </message>
        <message>
            <source>This database already has users; it was left untouched.</source>
            <translation>此数据库已有用户，未做任何改动。</translation>
        </message>
    </context>
    <context>
        <name>cc::StoreSettings</name>
        <message>
            <source>Lock after: choose between %1 and %2 minutes.</source>
            <translation>自动锁定时间：请选择 %1 到 %2 分钟。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::AuditCommand</name>
        <message>
            <source>Recompute the audit log's hash chain; exit 1 naming the first bad entry.</source>
            <translation>重新计算审计日志的哈希链；发现问题时返回 1 并指出第一条有问题的记录。</translation>
        </message>
        <message numerus="yes">
            <source>The audit log is intact: %n entries.</source>
            <translation>
                <numerusform>审计日志完好：共 %n 条记录。</numerusform>
            </translation>
        </message>
        <message>
            <source>List audit entries, newest first (manager only).</source>
            <translation>列出审计记录，最新的在前（仅店长）。</translation>
        </message>
        <message>
            <source>Only entries from this day on (local time).</source>
            <translation>只看从这一天起的记录（本地时间）。</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Only entries about one thing, e.g. user:3.</source>
            <translation>只看关于某一对象的记录，例如 user:3。</translation>
        </message>
        <message>
            <source>KIND:ID</source>
            <translation>类型:编号</translation>
        </message>
        <message>
            <source>At most this many entries (default 1000).</source>
            <translation>最多显示多少条（默认 1000）。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>--since: write the date as YYYY-MM-DD.</source>
            <translation>--since：日期请写成 YYYY-MM-DD。</translation>
        </message>
        <message>
            <source>--entity: write KIND:ID, e.g. user:3.</source>
            <translation>--entity：请写成 类型:编号，例如 user:3。</translation>
        </message>
        <message>
            <source>--limit: give a whole number of at least 1.</source>
            <translation>--limit：请给出不小于 1 的整数。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::CheckCommand</name>
        <message>
            <source>Check the schema version, the file's integrity and the audit chain; exit 0 only when all are healthy.</source>
            <translation>检查数据库结构版本、文件完整性和审计链；全部正常时才返回 0。</translation>
        </message>
        <message>
            <source>Schema version: %1</source>
            <translation>结构版本：%1</translation>
        </message>
        <message>
            <source>Integrity: %1</source>
            <translation>完整性：%1</translation>
        </message>
        <message>
            <source>Audit chain: %1</source>
            <translation>审计链：%1</translation>
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
            <translation>数据库文件（默认：环境变量 COUNTERCARE_DB，否则为本程序自己的文件）。</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>路径</translation>
        </message>
        <message>
            <source>Acting user (default: env COUNTERCARE_USER).</source>
            <translation>操作用户（默认：环境变量 COUNTERCARE_USER）。</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Read the acting user's password from the first line of PATH (or set COUNTERCARE_PASSWORD).</source>
            <translation>从 PATH 文件的第一行读取操作用户的密码（或设置 COUNTERCARE_PASSWORD）。</translation>
        </message>
        <message>
            <source>Print one JSON document on stdout.</source>
            <translation>在标准输出打印一个 JSON 文档。</translation>
        </message>
        <message>
            <source>Language of messages: zh_CN, zh_TW or en.</source>
            <translation>消息语言：zh_CN、zh_TW 或 en。</translation>
        </message>
        <message>
            <source>LANG</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Show help.</source>
            <translation>显示帮助。</translation>
        </message>
        <message>
            <source>Usage: countercare-cli [global options] COMMAND [options]

The command-line companion of CounterCare: set-up, users, audit and automation.

Commands:
</source>
            <translation>用法：countercare-cli [全局选项] 命令 [选项]

CounterCare 的命令行工具：建店、用户、审计和自动化。

命令：
</translation>
        </message>
        <message>
            <source>
Global options:
</source>
            <translation>
全局选项：
</translation>
        </message>
        <message>
            <source>
Exit codes: 0 done, 1 refused, 2 usage error, 3 database unusable.
Run 'countercare-cli COMMAND --help' for the options of a command.
</source>
            <translation>
退出码：0 完成，1 被拒绝，2 用法错误，3 数据库不可用。
运行“countercare-cli 命令 --help”查看某个命令的选项。
</translation>
        </message>
        <message>
            <source>Usage: countercare-cli %1 %2 [options]

%3

Options:
</source>
            <translation>用法：countercare-cli %1 %2 [选项]

%3

选项：
</translation>
        </message>
        <message>
            <source>
Global options are listed by 'countercare-cli --help'.
</source>
            <translation>
全局选项请运行“countercare-cli --help”查看。
</translation>
        </message>
        <message>
            <source>--lang: use zh_CN, zh_TW or en.</source>
            <translation>--lang：请使用 zh_CN、zh_TW 或 en。</translation>
        </message>
        <message>
            <source>Unknown command "%1". Run 'countercare-cli --help' for the list.</source>
            <translation>未知命令“%1”。运行“countercare-cli --help”查看命令列表。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::CommandContext</name>
        <message>
            <source>--%1: cannot read %2.</source>
            <translation>--%1：无法读取 %2。</translation>
        </message>
        <message>
            <source>--%1: %2 is empty.</source>
            <translation>--%1：%2 是空文件。</translation>
        </message>
        <message>
            <source>Password: none given. Set %1%2, or run in a terminal to be asked.</source>
            <translation>密码：未提供。请设置 %1%2，或在终端中运行以便提示输入。</translation>
        </message>
        <message>
            <source> or use --%1</source>
            <translation>，或使用 --%1</translation>
        </message>
        <message>
            <source>Password: nothing was entered.</source>
            <translation>密码：没有输入任何内容。</translation>
        </message>
        <message>
            <source>Repeat the password: </source>
            <translation>再次输入密码：</translation>
        </message>
        <message>
            <source>Password: the two entries differ.</source>
            <translation>密码：两次输入不一致。</translation>
        </message>
        <message>
            <source>--user: say who is acting (or set COUNTERCARE_USER).</source>
            <translation>--user：请说明由谁操作（或设置 COUNTERCARE_USER）。</translation>
        </message>
        <message>
            <source>Password for %1: </source>
            <translation>%1 的密码：</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::InitCommand</name>
        <message>
            <source>Create a new store database with its first manager (password from COUNTERCARE_PASSWORD, --password-file or a prompt).</source>
            <translation>新建门店数据库及第一位店长（密码取自 COUNTERCARE_PASSWORD、--password-file 或提示输入）。</translation>
        </message>
        <message>
            <source>Name of the store.</source>
            <translation>门店名称。</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>User name of the first manager.</source>
            <translation>第一位店长的用户名。</translation>
        </message>
        <message>
            <source>Display name of the first manager.</source>
            <translation>第一位店长的显示名称。</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>--store-name: required.</source>
            <translation>--store-name：必须填写。</translation>
        </message>
        <message>
            <source>--admin: required.</source>
            <translation>--admin：必须填写。</translation>
        </message>
        <message>
            <source>Password for %1: </source>
            <translation>%1 的密码：</translation>
        </message>
        <message>
            <source>Created the store "%1" in %2 with the manager %3.</source>
            <translation>已在 %2 创建门店“%1”，店长为 %3。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::UserAddCommand</name>
        <message>
            <source>Add a user (manager only); the new password comes from COUNTERCARE_NEW_PASSWORD, --new-password-file or a prompt.</source>
            <translation>添加用户（仅店长）；新密码取自 COUNTERCARE_NEW_PASSWORD、--new-password-file 或提示输入。</translation>
        </message>
        <message>
            <source>clerk, supervisor or manager.</source>
            <translation>clerk（营业员）、supervisor（主管）或 manager（店长）。</translation>
        </message>
        <message>
            <source>ROLE</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Name shown in the app.</source>
            <translation>在程序中显示的名称。</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>Read the new user's password from PATH.</source>
            <translation>从 PATH 文件读取新用户的密码。</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>路径</translation>
        </message>
        <message>
            <source>--role: use clerk, supervisor or manager.</source>
            <translation>--role：请使用 clerk（营业员）、supervisor（主管）或 manager（店长）。</translation>
        </message>
        <message>
            <source>New password for %1: </source>
            <translation>%1 的新密码：</translation>
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
            <translation>此命令不接受参数。</translation>
        </message>
        <message>
            <source>NAME: give exactly one user name.</source>
            <translation>名称：请给出且只给出一个用户名。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::UserDeactivateCommand</name>
        <message>
            <source>Deactivate a leaving user, handing their customer files, open complaints and pending callbacks to another user (manager only).</source>
            <translation>停用离职员工，并把其客户档案、未结投诉和待办回访移交给另一位用户（仅店长）。</translation>
        </message>
        <message>
            <source>User who takes over everything the leaving user holds.</source>
            <translation>接手离职员工全部工作的用户。</translation>
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
            <translation>%1 已停用；其名下的全部工作已移交给 %2。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::UserListCommand</name>
        <message>
            <source>List the users (manager only).</source>
            <translation>列出用户（仅店长）。</translation>
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
            <translation>已锁定</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::UserPasswdCommand</name>
        <message>
            <source>Change a password: your own, or anyone's as a manager (new password from COUNTERCARE_NEW_PASSWORD, --new-password-file or a prompt).</source>
            <translation>修改密码：可改自己的，店长可重置任何人的（新密码取自 COUNTERCARE_NEW_PASSWORD、--new-password-file 或提示输入）。</translation>
        </message>
        <message>
            <source>Read the new password from PATH.</source>
            <translation>从 PATH 文件读取新密码。</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>路径</translation>
        </message>
        <message>
            <source>New password for %1: </source>
            <translation>%1 的新密码：</translation>
        </message>
        <message>
            <source>Password of %1 changed.</source>
            <translation>%1 的密码已修改。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::UserRoleCommand</name>
        <message>
            <source>Change a user's role (manager only).</source>
            <translation>更改用户角色（仅店长）。</translation>
        </message>
        <message>
            <source>clerk, supervisor or manager.</source>
            <translation>clerk（营业员）、supervisor（主管）或 manager（店长）。</translation>
        </message>
        <message>
            <source>ROLE</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>--role: use clerk, supervisor or manager.</source>
            <translation>--role：请使用 clerk（营业员）、supervisor（主管）或 manager（店长）。</translation>
        </message>
        <message>
            <source>%1 is now %2.</source>
            <translation>%1 现在是%2。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::UserUnlockCommand</name>
        <message>
            <source>Lift the lock after too many wrong passwords (manager only).</source>
            <translation>解除因多次输错密码造成的锁定（仅店长）。</translation>
        </message>
        <message>
            <source>%1 is unlocked.</source>
            <translation>%1 已解锁。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::VersionCommand</name>
        <message>
            <source>Print the program version and the schema version it writes.</source>
            <translation>显示程序版本及其写入的数据库结构版本。</translation>
        </message>
        <message>
            <source>countercare-cli %1 (database schema %2)</source>
            <translation>countercare-cli %1（数据库结构版本 %2）</translation>
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
            <translation>用户</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <source>Store settings</source>
            <translation>门店设置</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::AuditLogModel</name>
        <message>
            <source>Store created</source>
            <translation>创建门店</translation>
        </message>
        <message>
            <source>User added</source>
            <translation>添加用户</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>已登录</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <source>Sign-in refused</source>
            <translation>登录被拒</translation>
        </message>
        <message>
            <source>Account locked</source>
            <translation>账号锁定</translation>
        </message>
        <message>
            <source>Account unlocked</source>
            <translation>账号解锁</translation>
        </message>
        <message>
            <source>Password changed</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <source>Password reset</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <source>Role changed</source>
            <translation>更改角色</translation>
        </message>
        <message>
            <source>Display name changed</source>
            <translation>修改显示名称</translation>
        </message>
        <message>
            <source>Work handed over</source>
            <translation>移交工作</translation>
        </message>
        <message>
            <source>User deactivated</source>
            <translation>停用用户</translation>
        </message>
        <message>
            <source>Setting changed</source>
            <translation>修改设置</translation>
        </message>
        <message>
            <source>Audit log exported</source>
            <translation>导出审计日志</translation>
        </message>
        <message>
            <source>%1 as %2</source>
            <translation>%1，角色：%2</translation>
        </message>
        <message>
            <source>Wrong password (%1 in a row)</source>
            <translation>密码错误（连续第 %1 次）</translation>
        </message>
        <message>
            <source>Unknown user name</source>
            <translation>未知用户名</translation>
        </message>
        <message>
            <source>Account is deactivated</source>
            <translation>账号已停用</translation>
        </message>
        <message>
            <source>Account is locked</source>
            <translation>账号已锁定</translation>
        </message>
        <message>
            <source>Locked for %1 minutes after %2 wrong passwords</source>
            <translation>连续输错 %2 次密码，锁定 %1 分钟</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>To %1: %2 customer files, %3 open complaints, %4 pending callbacks</source>
            <translation>移交给 %1：%2 份客户档案、%3 件未结投诉、%4 个待办回访</translation>
        </message>
        <message>
            <source>New value: %1</source>
            <translation>新值：%1</translation>
        </message>
        <message>
            <source>%1 entries to %2</source>
            <translation>%1 条记录，导出到 %2</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>User #%1</source>
            <translation>用户 #%1</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>门店</translation>
        </message>
        <message>
            <source>Setting: lock after (minutes)</source>
            <translation>设置：无操作锁屏时间（分钟）</translation>
        </message>
        <message>
            <source>Setting: %1</source>
            <translation>设置：%1</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <source>Entry %1 · %2 · hash %3</source>
            <translation>记录 %1 · %2 · 哈希 %3</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>System</source>
            <translation>系统</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::AuditTab</name>
        <message>
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>门店</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <source>Verify chain</source>
            <translation>校验审计链</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
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
            <translation>没有符合筛选条件的记录。</translation>
        </message>
        <message>
            <source>Newest first. Scroll down for older entries.</source>
            <translation>最新的在前，向下滚动查看更早的记录。</translation>
        </message>
        <message numerus="yes">
            <source>The audit log is intact: all %n entries verify.</source>
            <translation>
                <numerusform>审计日志完好：全部 %n 条记录校验通过。</numerusform>
            </translation>
        </message>
        <message>
            <source>The audit log has been tampered with.

%1</source>
            <translation>审计日志已被篡改。

%1</translation>
        </message>
        <message>
            <source>Export audit log</source>
            <translation>导出审计日志</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n entries to %1.</source>
            <translation>
                <numerusform>已导出 %n 条记录到 %1。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cc::ui::DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation>工作台</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>门店</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>已登录</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <source>Hello, %1. Everything you need at the counter starts here.</source>
            <translation>%1，您好。柜台上的每一项工作都从这里开始。</translation>
        </message>
        <message>
            <source>Opened on %1</source>
            <translation>开设于 %1</translation>
        </message>
        <message>
            <source>Healthy</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>Schema %1 · %2</source>
            <translation>结构版本 %1 · %2</translation>
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
            <translation>员工离职</translation>
        </message>
        <message>
            <source>%1 will no longer be able to sign in. Everything they hold is handed over to a colleague first, so no customer is left without someone in charge.</source>
            <translation>%1 将无法再登录。停用前，其名下的全部工作会先移交给一位同事，确保每位顾客都有人负责。</translation>
        </message>
        <message>
            <source>Holds %1 customer files, %2 open complaints and %3 pending callbacks.</source>
            <translation>名下有 %1 份客户档案、%2 件未结投诉和 %3 个待办回访。</translation>
        </message>
        <message>
            <source>Nobody (nothing to hand over)</source>
            <translation>无（没有需要移交的工作）</translation>
        </message>
        <message>
            <source>Hand over to</source>
            <translation>移交给</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::FirstRunDialog</name>
        <message>
            <source>Create store and sign in</source>
            <translation>创建门店并登录</translation>
        </message>
        <message>
            <source>Welcome to CounterCare</source>
            <translation>欢迎使用 CounterCare</translation>
        </message>
        <message>
            <source>e.g. Wangfujing flagship store</source>
            <translation>例如：王府井旗舰店</translation>
        </message>
        <message>
            <source>letters or digits, used to sign in</source>
            <translation>字母或数字，用于登录</translation>
        </message>
        <message>
            <source>e.g. Manager Wang</source>
            <translation>例如：王店长</translation>
        </message>
        <message>
            <source>at least %1 characters</source>
            <translation>至少 %1 个字符</translation>
        </message>
        <message>
            <source>Set up your store</source>
            <translation>设置您的门店</translation>
        </message>
        <message>
            <source>This database is new. Name the store and create the first manager account; the manager then adds the other staff.</source>
            <translation>这是一个新数据库。请填写门店名称并创建第一个店长账号，之后由店长添加其他员工。</translation>
        </message>
        <message>
            <source>Store name *</source>
            <translation>门店名称 *</translation>
        </message>
        <message>
            <source>Manager user name *</source>
            <translation>店长用户名 *</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>显示名称</translation>
        </message>
        <message>
            <source>Password *</source>
            <translation>密码 *</translation>
        </message>
        <message>
            <source>Repeat password *</source>
            <translation>再次输入密码 *</translation>
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
            <translation>再次输入密码：两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::GuardedDialog</name>
        <message>
            <source>Discard what you typed?</source>
            <translation>放弃已输入的内容？</translation>
        </message>
        <message>
            <source>Closing this window throws away what you typed in it. Close anyway?</source>
            <translation>关闭此窗口会丢弃您已输入的内容。仍要关闭吗？</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::MainWindow</name>
        <message numerus="yes">
            <source>Locked after %n minute(s) without use. Sign in to continue.</source>
            <translation>
                <numerusform>已 %n 分钟无操作，屏幕已锁定。请登录后继续。</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Lock screen</source>
            <translation>锁定屏幕(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Switch user…</source>
            <translation>切换用户(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>快捷键(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;About CounterCare</source>
            <translation>关于 CounterCare(&amp;A)</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>工作台</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>管理</translation>
        </message>
        <message>
            <source>The screen is locked. Sign in to continue.</source>
            <translation>屏幕已锁定。请登录后继续。</translation>
        </message>
        <message>
            <source>Switch user</source>
            <translation>切换用户</translation>
        </message>
        <message>
            <source>%1 signed out. The next person signs in here.</source>
            <translation>%1 已退出登录。下一位请在这里登录。</translation>
        </message>
        <message>
            <source>Signed in: %1 (%2)</source>
            <translation>当前用户：%1（%2）</translation>
        </message>
        <message>
            <source>Store: %1</source>
            <translation>门店：%1</translation>
        </message>
        <message>
            <source>Database: healthy</source>
            <translation>数据库：正常</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>The new language is used from the next start of CounterCare.</source>
            <translation>新语言将在下次启动 CounterCare 时生效。</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>快捷键</translation>
        </message>
        <message>
            <source>&lt;table cellpadding='3'&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lock the screen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Refresh the page&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Close a dialog (asks before anything typed is lost)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
            <translation>&lt;table cellpadding='3'&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;锁定屏幕&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;刷新页面&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;退出&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;关闭对话框（会先确认，已输入的内容不会悄悄丢失）&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
        </message>
        <message>
            <source>About CounterCare</source>
            <translation>关于 CounterCare</translation>
        </message>
        <message>
            <source>&lt;b&gt;CounterCare %1&lt;/b&gt;&lt;p&gt;The customer-service counter of %2: customer files, complaints, compensation and callbacks, offline.&lt;/p&gt;</source>
            <translation>&lt;b&gt;CounterCare %1&lt;/b&gt;&lt;p&gt;%2 的客服柜台系统：客户档案、投诉、赔偿和回访，离线可用。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>CounterCare</source>
            <translation>CounterCare 柜台客服</translation>
        </message>
        <message>
            <source>Change my &amp;password…</source>
            <translation>修改我的密码(&amp;P)…</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::PasswordDialog</name>
        <message>
            <source>Set password</source>
            <translation>设置密码</translation>
        </message>
        <message>
            <source>New password for %1</source>
            <translation>为 %1 设置新密码</translation>
        </message>
        <message>
            <source>at least %1 characters</source>
            <translation>至少 %1 个字符</translation>
        </message>
        <message>
            <source>New password *</source>
            <translation>新密码 *</translation>
        </message>
        <message>
            <source>Repeat password *</source>
            <translation>再次输入密码 *</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::SignInDialog</name>
        <message>
            <source>Sign in — CounterCare</source>
            <translation>登录 — CounterCare</translation>
        </message>
        <message>
            <source>CounterCare customer service counter. Sign in to continue.</source>
            <translation>CounterCare 柜台客服系统。请登录后继续。</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::SignInForm</name>
        <message>
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>e.g. lina</source>
            <translation>例如：lina</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Enter your user name.</source>
            <translation>请输入用户名。</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>请输入密码。</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::StoreSettingsTab</name>
        <message>
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>A counter PC left alone locks itself, so customer files are never shown to the next person at the counter.</source>
            <translation>柜台电脑无人操作时会自动锁定，客户档案不会展示给下一个站到柜台前的人。</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>保存设置</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>保存（Ctrl+S）</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>门店</translation>
        </message>
        <message>
            <source>Lock the screen after</source>
            <translation>无操作锁屏时间</translation>
        </message>
        <message numerus="yes">
            <source>Saved. The screen now locks after %n minute(s) without use.</source>
            <translation>
                <numerusform>已保存。现在无操作 %n 分钟后将自动锁屏。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cc::ui::UserDialog</name>
        <message>
            <source>Add user</source>
            <translation>添加用户</translation>
        </message>
        <message>
            <source>used to sign in, e.g. lina</source>
            <translation>用于登录，例如：lina</translation>
        </message>
        <message>
            <source>shown on cases, e.g. 李娜</source>
            <translation>显示在案件上，例如：李娜</translation>
        </message>
        <message>
            <source>at least %1 characters</source>
            <translation>至少 %1 个字符</translation>
        </message>
        <message>
            <source>User name *</source>
            <translation>用户名 *</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>显示名称</translation>
        </message>
        <message>
            <source>Role *</source>
            <translation>角色 *</translation>
        </message>
        <message>
            <source>Password *</source>
            <translation>密码 *</translation>
        </message>
        <message>
            <source>Repeat password *</source>
            <translation>再次输入密码 *</translation>
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
            <translation>锁定至 %1</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>显示名称</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>创建日期</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::UsersTab</name>
        <message>
            <source>Add user…</source>
            <translation>添加用户…</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>重置密码…</translation>
        </message>
        <message>
            <source>Change role…</source>
            <translation>更改角色…</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
        <message>
            <source>Deactivate…</source>
            <translation>停用…</translation>
        </message>
        <message>
            <source>Add a staff account (Ctrl+Shift+U)</source>
            <translation>添加员工账号（Ctrl+Shift+U）</translation>
        </message>
        <message numerus="yes">
            <source>%n user(s)</source>
            <translation>
                <numerusform>共 %n 个用户</numerusform>
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
            <translation>用户</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>CounterCare customer-service counter</source>
            <translation>CounterCare 柜台客服系统</translation>
        </message>
        <message>
            <source>Database file (default: env COUNTERCARE_DB, else the app's own file).</source>
            <translation>数据库文件（默认：环境变量 COUNTERCARE_DB，否则为本程序自己的文件）。</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>路径</translation>
        </message>
        <message>
            <source>CounterCare cannot start</source>
            <translation>CounterCare 无法启动</translation>
        </message>
    </context>
</TS>
