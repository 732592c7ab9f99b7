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
        <message>
            <source>The audit log's protection against changes (its triggers) had been removed.</source>
            <translation>审计日志的防篡改保护（触发器）已被删除。</translation>
        </message>
        <message>
            <source>It is restored.</source>
            <translation>现已恢复。</translation>
        </message>
        <message>
            <source>Audit entry %1 differs from its record in %2: the log was rewritten.</source>
            <translation>审计记录 %1 与 %2 中的记录不一致：日志被改写过。</translation>
        </message>
        <message>
            <source>The audit log ends at entry %1, but %2 records %3 entries: the newest entries were removed.</source>
            <translation>审计日志止于第 %1 条，但 %2 记录了 %3 条：最新的记录被删除了。</translation>
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
        <name>cc::AutoBackup</name>
        <message>
            <source>Backup folder %1 cannot be reached or written to; no backup was made. Plug the disk in, or choose another folder in Admin.</source>
            <translation>备份文件夹 %1 无法访问或写入，未做备份。请插上磁盘，或在“管理”中另选文件夹。</translation>
        </message>
        <message>
            <source>The backup folder %1 cannot be reached: no backups are being made. Plug the disk in, or choose another folder in Admin → Backups.</source>
            <translation>备份文件夹 %1 无法访问：目前没有在备份。请插上磁盘，或在“管理 → 备份”中另选文件夹。</translation>
        </message>
        <message>
            <source>No backup has been made yet.</source>
            <translation>还没有做过备份。</translation>
        </message>
        <message numerus="yes">
            <source>No backup for %n day(s): the last good one is from %1.</source>
            <translation>
                <numerusform>已 %n 天没有备份：最近一次有效备份在 %1。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cc::BackupService</name>
        <message>
            <source>Backup: cannot read %1: %2</source>
            <translation>备份：无法读取 %1：%2</translation>
        </message>
        <message>
            <source>Backup: cannot read %1.</source>
            <translation>备份：无法读取 %1。</translation>
        </message>
        <message>
            <source>Backup: cannot flush %1 to disk.</source>
            <translation>备份：无法把 %1 写入磁盘。</translation>
        </message>
        <message>
            <source>Backup: %1 is damaged: %2</source>
            <translation>备份：%1 已损坏：%2</translation>
        </message>
        <message>
            <source>--to: a backup cannot replace the database itself.</source>
            <translation>--to：备份不能覆盖数据库本身。</translation>
        </message>
        <message>
            <source>--to: the folder %1 does not exist.</source>
            <translation>--to：文件夹 %1 不存在。</translation>
        </message>
        <message>
            <source>Backup: cannot write %1: %2</source>
            <translation>备份：无法写入 %1：%2</translation>
        </message>
        <message>
            <source>Backup: cannot write %1.</source>
            <translation>备份：无法写入 %1。</translation>
        </message>
        <message>
            <source>Backup: cannot write the manifest %1.</source>
            <translation>备份：无法写入清单 %1。</translation>
        </message>
        <message>
            <source>--from: there is no file %1.</source>
            <translation>--from：没有文件 %1。</translation>
        </message>
        <message>
            <source>--from: %1 is not a usable CounterCare backup: %2</source>
            <translation>--from：%1 不是可用的 CounterCare 备份：%2</translation>
        </message>
        <message>
            <source>--from: %1 does not match its manifest (SHA-256 differs): the copy was changed or damaged.</source>
            <translation>--from：%1 与其清单不符（SHA-256 不同）：备份已被改动或损坏。</translation>
        </message>
        <message>
            <source>Restore: cannot copy %1 beside the database.</source>
            <translation>恢复：无法把 %1 复制到数据库所在位置。</translation>
        </message>
        <message>
            <source>Restore: cannot move %1 aside; nothing was changed.</source>
            <translation>恢复：无法把 %1 移开，什么都没有改动。</translation>
        </message>
        <message>
            <source>Restore: cannot put the backup in place of %1; the damaged file is kept as %2.</source>
            <translation>恢复：无法用备份替换 %1；损坏的文件保存在 %2。</translation>
        </message>
        <message>
            <source>Backup cancelled; no backup was written.</source>
            <translation>备份已取消，没有写入任何备份。</translation>
        </message>
        <message>
            <source>--from: %1 has no manifest (%2), so it cannot be checked that no row was changed since the backup was made. Nothing was restored; give --unverified to restore it anyway.</source>
            <translation>--from：%1 没有清单文件（%2），无法核对备份之后是否有记录被改动。未做任何恢复；如仍要恢复，请加上 --unverified。</translation>
        </message>
        <message>
            <source>--to: %1 is the database's own %2 file; choose another name. No backup was written.</source>
            <translation>--to：%1 是数据库自身的 %2 文件，请换一个文件名。未写入任何备份。</translation>
        </message>
        <message>
            <source>Restore: %1 is open in another CounterCare (another counter, or a command still running). Close it there first; nothing was restored.</source>
            <translation>恢复：%1 正在另一个 CounterCare 中打开（另一台柜台，或仍在运行的命令）。请先在那里关闭；未恢复任何内容。</translation>
        </message>
        <message>
            <source>its audit log is empty.</source>
            <translation>其审计日志为空。</translation>
        </message>
        <message>
            <source>its audit log is not the history of this store: entry %1 differs from %2.</source>
            <translation>其审计日志不是本店的历史：第 %1 条与 %2 不一致。</translation>
        </message>
        <message>
            <source>--from: %1 cannot be restored: %2 Nothing was restored; give --unverified to restore it anyway (recorded).</source>
            <translation>--from：%1 无法恢复：%2 未恢复任何内容；如仍要恢复，请加 --unverified（将记录在案）。</translation>
        </message>
        <message>
            <source>its audit log is not the history of this store: entry %1 differs.</source>
            <translation>其审计日志不是本店的历史：第 %1 条不一致。</translation>
        </message>
    </context>
    <context>
        <name>cc::CallbackKeys</name>
        <message>
            <source>After purchase: first call</source>
            <translation>购后首次回访</translation>
        </message>
        <message>
            <source>After purchase: second call</source>
            <translation>购后第二次回访</translation>
        </message>
        <message>
            <source>After purchase: third call</source>
            <translation>购后第三次回访</translation>
        </message>
        <message>
            <source>After a visit: first call</source>
            <translation>到店未购首次回访</translation>
        </message>
        <message>
            <source>After a visit: second call</source>
            <translation>到店未购第二次回访</translation>
        </message>
        <message>
            <source>Complaint follow-up</source>
            <translation>投诉回访</translation>
        </message>
        <message>
            <source>Birthday greeting</source>
            <translation>生日问候</translation>
        </message>
        <message>
            <source>Holiday greeting</source>
            <translation>节日问候</translation>
        </message>
        <message>
            <source>Maintenance reminder</source>
            <translation>保养提醒</translation>
        </message>
        <message>
            <source>Arranged call</source>
            <translation>约定回访</translation>
        </message>
        <message>
            <source>Ask how they are getting on with what they bought, and whether they need help using it.</source>
            <translation>问问顾客买的东西用得怎么样，需不需要使用上的帮助。</translation>
        </message>
        <message>
            <source>Ask for their opinion of the product and of our service.</source>
            <translation>请顾客谈谈对产品和我们服务的意见。</translation>
        </message>
        <message>
            <source>Ask about the results after two months, and whether they would recommend us.</source>
            <translation>问问两个月来的使用效果，是否愿意向亲友推荐我们。</translation>
        </message>
        <message>
            <source>Thank them for the visit and ask whether they found what they were looking for.</source>
            <translation>感谢顾客到店，问问是否找到了想要的商品。</translation>
        </message>
        <message>
            <source>Tell them about new arrivals or offers that match what they looked at.</source>
            <translation>介绍与顾客看过的商品相符的新品或优惠。</translation>
        </message>
        <message>
            <source>Ask whether the way we resolved their complaint satisfied them, from 1 to 5.</source>
            <translation>问问顾客对投诉处理结果是否满意（1–5 分）。</translation>
        </message>
        <message>
            <source>Wish them a happy birthday from the whole store.</source>
            <translation>代表全店祝顾客生日快乐。</translation>
        </message>
        <message>
            <source>Give them the store's greetings for the holiday.</source>
            <translation>向顾客致以本店的节日问候。</translation>
        </message>
        <message>
            <source>Remind them that the product is due for servicing and offer a time.</source>
            <translation>提醒顾客产品该保养了，并约定时间。</translation>
        </message>
        <message>
            <source>Call about what was arranged (see the note).</source>
            <translation>按约定事项回电（见备注）。</translation>
        </message>
        <message>
            <source>To call</source>
            <translation>待回访</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>未联系上</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已撤销</translation>
        </message>
    </context>
    <context>
        <name>cc::CallbackScheduler</name>
        <message>
            <source>The customer bought: the calls after the purchase take over.</source>
            <translation>顾客已购买：改由购后回访跟进。</translation>
        </message>
        <message>
            <source>The case was reopened.</source>
            <translation>投诉已重新打开。</translation>
        </message>
        <message>
            <source>The customer declined calls.</source>
            <translation>顾客已表示不接受回访。</translation>
        </message>
        <message>
            <source>A supervisor may close the case without it, with a written reason.</source>
            <translation>主管可写明原因后不经回访结案。</translation>
        </message>
        <message>
            <source>Close: the case has no follow-up callback. %1</source>
            <translation>结案：此投诉没有回访记录。%1</translation>
        </message>
        <message>
            <source>Close: the follow-up callback (due %1, %2) is not done yet. %3</source>
            <translation>结案：投诉回访（%1，%2 负责）尚未完成。%3</translation>
        </message>
        <message>
            <source>Close: the customer did not answer the follow-up callback. %1</source>
            <translation>结案：投诉回访多次未接通。%1</translation>
        </message>
        <message>
            <source>Close: the follow-up callback was cancelled. %1</source>
            <translation>结案：投诉回访已取消。%1</translation>
        </message>
    </context>
    <context>
        <name>cc::CallbackService</name>
        <message>
            <source>Assignee: there is no user "%1".</source>
            <translation>回访人：没有用户“%1”。</translation>
        </message>
        <message>
            <source>Callback: there is no callback %1.</source>
            <translation>回访：没有编号为 %1 的回访。</translation>
        </message>
        <message>
            <source>Customer: there is no file %1.</source>
            <translation>客户：没有档案 %1。</translation>
        </message>
        <message>
            <source>%1: %2 declined calls; no callback can be arranged.</source>
            <translation>%1：%2 不接受回访，无法安排。</translation>
        </message>
        <message>
            <source>%1: %2 takes calls between %3 only.</source>
            <translation>%1：%2 只在 %3 之间接听电话。</translation>
        </message>
        <message>
            <source>Note: say what the call is about.</source>
            <translation>备注：请写明回访事项。</translation>
        </message>
        <message>
            <source>Note: at most 500 characters.</source>
            <translation>备注：最多 500 个字。</translation>
        </message>
        <message>
            <source>Due: enter a date and time.</source>
            <translation>回访时间：请输入日期和时间。</translation>
        </message>
        <message>
            <source>Due: choose a time from now on.</source>
            <translation>回访时间：请选择现在以后的时间。</translation>
        </message>
        <message>
            <source>Customer: you may not open file %1.</source>
            <translation>客户：您无权查阅档案 %1。</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>回访时间</translation>
        </message>
        <message>
            <source>Callback %1 is already %2.</source>
            <translation>回访 %1 已是“%2”状态。</translation>
        </message>
        <message>
            <source>Callback %1 is %2's to make; a supervisor can reassign it.</source>
            <translation>回访 %1 由 %2 负责；主管可以改派。</translation>
        </message>
        <message>
            <source>The employee complained about may not make the case's follow-up callback.</source>
            <translation>被投诉的员工不能做该投诉的回访。</translation>
        </message>
        <message>
            <source>Outcome: write what the customer said.</source>
            <translation>回访结果：请写下顾客说了什么。</translation>
        </message>
        <message>
            <source>Outcome: at most 2000 characters.</source>
            <translation>回访结果：最多 2000 个字。</translation>
        </message>
        <message>
            <source>Satisfaction: 1 to 5.</source>
            <translation>满意度：1 到 5 分。</translation>
        </message>
        <message>
            <source>%1: done. %2</source>
            <translation>%1：已完成。%2</translation>
        </message>
        <message>
            <source>Satisfaction %1/5.</source>
            <translation>满意度 %1/5。</translation>
        </message>
        <message>
            <source>%1: no answer (try %2 of %3); marked missed.</source>
            <translation>%1：无人接听（第 %2/%3 次），记为未联系上。</translation>
        </message>
        <message>
            <source>%1: no answer (try %2 of %3); next try %4.</source>
            <translation>%1：无人接听（第 %2/%3 次），下次 %4 再打。</translation>
        </message>
        <message>
            <source>To: enter a date and time.</source>
            <translation>改到：请输入日期和时间。</translation>
        </message>
        <message>
            <source>To: choose a time from now on.</source>
            <translation>改到：请选择现在以后的时间。</translation>
        </message>
        <message>
            <source>To</source>
            <translation>改到</translation>
        </message>
        <message>
            <source>%1: moved to %2.</source>
            <translation>%1：改到 %2。</translation>
        </message>
        <message>
            <source>Reason: say why the call is cancelled.</source>
            <translation>原因：请写明取消回访的原因。</translation>
        </message>
        <message>
            <source>%1: cancelled. %2</source>
            <translation>%1：已取消。%2</translation>
        </message>
        <message>
            <source>To: there is no user "%1".</source>
            <translation>交给：没有用户“%1”。</translation>
        </message>
        <message>
            <source>To: %1 is deactivated.</source>
            <translation>交给：%1 已停用。</translation>
        </message>
        <message>
            <source>To: %1 is named in complaint %2 and may not make its follow-up callback.</source>
            <translation>交给：%1 是投诉 %2 的被投诉人，不能做该投诉的回访。</translation>
        </message>
        <message>
            <source>Holiday: enter its name (at most 40 characters).</source>
            <translation>节日：请输入名称（最多 40 个字）。</translation>
        </message>
        <message>
            <source>Date: enter the holiday's date.</source>
            <translation>日期：请输入节日日期。</translation>
        </message>
        <message>
            <source>Holiday: %1 on %2 is already listed.</source>
            <translation>节日：%2 的%1已在列表中。</translation>
        </message>
        <message>
            <source>Holiday: there is no holiday %1.</source>
            <translation>节日：没有编号为 %1 的节日。</translation>
        </message>
        <message>
            <source>Product: enter the product's name (at most 60 characters).</source>
            <translation>产品：请输入产品名称（最多 60 个字）。</translation>
        </message>
        <message>
            <source>Every: 1 to 3650 days (0 stops the reminders).</source>
            <translation>间隔：1 到 3650 天（0 表示停止提醒）。</translation>
        </message>
        <message>
            <source>Product: "%1" has no service interval.</source>
            <translation>产品：“%1”没有设置保养间隔。</translation>
        </message>
    </context>
    <context>
        <name>cc::CompensationKeys</name>
        <message>
            <source>Refund</source>
            <translation>退货</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>换货</translation>
        </message>
        <message>
            <source>Free repair</source>
            <translation>免费维修</translation>
        </message>
        <message>
            <source>Voucher</source>
            <translation>代金券</translation>
        </message>
        <message>
            <source>Gift</source>
            <translation>赠品</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <source>Service upgrade</source>
            <translation>服务升级</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>待审批</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>已驳回</translation>
        </message>
    </context>
    <context>
        <name>cc::CompensationService</name>
        <message>
            <source>no limit</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>Amount: enter an amount above zero.</source>
            <translation>金额：请输入大于零的金额。</translation>
        </message>
        <message>
            <source>Reason: say why the customer should be compensated.</source>
            <translation>原因：请写明为何给顾客补偿。</translation>
        </message>
        <message>
            <source>Reason: at most 1000 characters.</source>
            <translation>原因：最多 1000 个字。</translation>
        </message>
        <message>
            <source>Compensation: case %1 is %2; reopen it first.</source>
            <translation>补偿：投诉 %1 状态为“%2”，请先重新打开。</translation>
        </message>
        <message>
            <source>Amount: %1 is above every limit in the authority table.</source>
            <translation>金额：%1 超出权限核决表中所有人的权限。</translation>
        </message>
        <message>
            <source>Within the requester's own limit.</source>
            <translation>在申请人自己的权限内。</translation>
        </message>
        <message>
            <source>Compensation approved at once, within %1's own limit: %2 %3. %4</source>
            <translation>补偿在 %1 的权限内当即批准：%2 %3。%4</translation>
        </message>
        <message>
            <source>Compensation requested: %1 %2, for a %3 to decide. %4</source>
            <translation>申请补偿：%1 %2，由%3审批。%4</translation>
        </message>
        <message>
            <source>Compensation: there is no request %1.</source>
            <translation>补偿：没有编号为 %1 的申请。</translation>
        </message>
        <message>
            <source>Comment: say why you decide so.</source>
            <translation>意见：请写明审批理由。</translation>
        </message>
        <message>
            <source>Comment: at most 1000 characters.</source>
            <translation>意见：最多 1000 个字。</translation>
        </message>
        <message>
            <source>Compensation %1 is already %2.</source>
            <translation>补偿申请 %1 已是“%2”。</translation>
        </message>
        <message>
            <source>You may not decide your own request.</source>
            <translation>不能审批自己提出的申请。</translation>
        </message>
        <message>
            <source>%1 of %2 is above your limit of %3: only a %4 decides; you may recommend.</source>
            <translation>%2 的%1超出你的权限 %3：只能由%4审批，你可以提出建议。</translation>
        </message>
        <message>
            <source>Amount: grant more than zero and at most the %1 requested.</source>
            <translation>金额：批准金额须大于零，且不超过申请的 %1。</translation>
        </message>
        <message>
            <source>%1 is above your limit of %2.</source>
            <translation>%1 超出你的权限 %2。</translation>
        </message>
        <message>
            <source>Compensation approved by %1: %2 %3 (requested %4). %5</source>
            <translation>补偿已由 %1 批准：%2 %3（申请 %4）。%5</translation>
        </message>
        <message>
            <source>Compensation rejected by %1: %2 %3. %4</source>
            <translation>补偿已被 %1 驳回：%2 %3。%4</translation>
        </message>
        <message>
            <source>Comment: say what you recommend and why.</source>
            <translation>意见：请写明你的建议和理由。</translation>
        </message>
        <message>
            <source>Compensation %1 recommended by %2: %3</source>
            <translation>补偿申请 %1，%2 建议：%3</translation>
        </message>
        <message numerus="yes">
            <source>This customer received compensation %n time(s) in the last 12 months, %1 in all.</source>
            <translation>
                <numerusform>该顾客近 12 个月已获补偿 %n 次，共 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>Limit: an amount of zero or more.</source>
            <translation>权限：请输入零或以上的金额。</translation>
        </message>
        <message>
            <source>Limit: a %1 may not grant less than a %2 (%3).</source>
            <translation>权限：%1的权限不能低于%2（%3）。</translation>
        </message>
        <message>
            <source>Limit: a %1 may not grant more than a %2 (%3).</source>
            <translation>权限：%1的权限不能高于%2（%3）。</translation>
        </message>
        <message>
            <source>Compensation %1 is waiting for approval: there is no slip yet.</source>
            <translation>补偿申请 %1 尚在审批中，还没有补偿单。</translation>
        </message>
    </context>
    <context>
        <name>cc::ComplaintKeys</name>
        <message>
            <source>Walk-in</source>
            <translation>到店</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>书面</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>网络</translation>
        </message>
        <message>
            <source>Head-office referral</source>
            <translation>集团转办</translation>
        </message>
        <message>
            <source>Product quality</source>
            <translation>产品质量</translation>
        </message>
        <message>
            <source>After-sales service</source>
            <translation>售后服务</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <source>Staff attitude</source>
            <translation>服务态度</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>物流配送</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Not said</source>
            <translation>未说明</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>退货</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>换货</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>维修</translation>
        </message>
        <message>
            <source>Compensation</source>
            <translation>赔偿</translation>
        </message>
        <message>
            <source>Apology</source>
            <translation>道歉</translation>
        </message>
        <message>
            <source>Major</source>
            <translation>重大</translation>
        </message>
        <message>
            <source>General case</source>
            <translation>一般投诉</translation>
        </message>
    </context>
    <context>
        <name>cc::ComplaintRepository</name>
        <message>
            <source>No complaint number could be taken for %1; nothing was saved.</source>
            <translation>无法为 %1 取得投诉单号，未保存任何内容。</translation>
        </message>
    </context>
    <context>
        <name>cc::ComplaintRules</name>
        <message>
            <source>a compensation request is waiting for approval</source>
            <translation>有赔偿申请正在等待审批</translation>
        </message>
        <message>
            <source>it is already closed</source>
            <translation>该投诉已结案</translation>
        </message>
        <message>
            <source>it is closed; reopen it first</source>
            <translation>该投诉已结案，请先重新打开</translation>
        </message>
        <message>
            <source>it was cancelled</source>
            <translation>该投诉已撤销</translation>
        </message>
        <message>
            <source>it is already resolved</source>
            <translation>该投诉已处理完毕</translation>
        </message>
        <message>
            <source>it is resolved; close or reopen it</source>
            <translation>该投诉已处理完毕，请结案或重新打开</translation>
        </message>
        <message>
            <source>it has not been resolved yet</source>
            <translation>该投诉尚未处理完毕</translation>
        </message>
        <message>
            <source>it is already being handled</source>
            <translation>该投诉已在处理中</translation>
        </message>
        <message>
            <source>Cannot %1 a case that is %2: %3.</source>
            <translation>无法对状态为“%2”的投诉执行“%1”：%3。</translation>
        </message>
        <message>
            <source>negative media involved</source>
            <translation>涉及负面媒体报道</translation>
        </message>
        <message>
            <source>complaint to a regulator</source>
            <translation>已向监管部门投诉</translation>
        </message>
        <message>
            <source>group complaint of three or more customers</source>
            <translation>三人及以上的群体投诉</translation>
        </message>
        <message>
            <source>complaint to the manufacturer or head office</source>
            <translation>已向厂家或集团投诉</translation>
        </message>
        <message>
            <source>safety incident</source>
            <translation>安全事故</translation>
        </message>
        <message>
            <source>repeat complaint within 90 days</source>
            <translation>90 天内重复投诉</translation>
        </message>
        <message>
            <source>refund or exchange of an expensive item</source>
            <translation>高价商品退换货</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>已受理</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>处理中</translation>
        </message>
        <message>
            <source>Awaiting approval</source>
            <translation>待审批</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>已处理</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已结案</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <source>start handling</source>
            <translation>开始处理</translation>
        </message>
        <message>
            <source>request approval for</source>
            <translation>申请审批</translation>
        </message>
        <message>
            <source>record an approval decision on</source>
            <translation>记录审批结果</translation>
        </message>
        <message>
            <source>resolve</source>
            <translation>处理完毕</translation>
        </message>
        <message>
            <source>close</source>
            <translation>结案</translation>
        </message>
        <message>
            <source>reopen</source>
            <translation>重新打开</translation>
        </message>
        <message>
            <source>cancel</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Listened: the customer's whole account is heard</source>
            <translation>听清楚：顾客的陈述已完整听完</translation>
        </message>
        <message>
            <source>Asked: product, time and what they want are clear</source>
            <translation>问清楚：商品、时间和诉求都已问明</translation>
        </message>
        <message>
            <source>Followed through: the case is with whoever can solve it</source>
            <translation>跟清楚：案件已交给能解决的人跟进</translation>
        </message>
        <message>
            <source>Replied: the customer knows the answer or when it comes</source>
            <translation>复清楚：顾客已得到答复或知道何时答复</translation>
        </message>
        <message>
            <source>Recorded: the outcome is written on the case</source>
            <translation>记清楚：处理结果已记录在案</translation>
        </message>
    </context>
    <context>
        <name>cc::ComplaintService</name>
        <message>
            <source>The employee complained about may not handle, be assigned or close this case.</source>
            <translation>被投诉的员工不得处理、接手或结案此投诉。</translation>
        </message>
        <message>
            <source>Description: write what happened, in the customer's words.</source>
            <translation>投诉内容：请按顾客的原话写下发生了什么。</translation>
        </message>
        <message>
            <source>Description: at most 4000 characters.</source>
            <translation>投诉内容：最多 4000 个字符。</translation>
        </message>
        <message>
            <source>Received at: cannot be in the future.</source>
            <translation>受理时间：不能是未来时间。</translation>
        </message>
        <message>
            <source>Purchase date: cannot be after the complaint.</source>
            <translation>购买日期：不能晚于投诉日期。</translation>
        </message>
        <message>
            <source>Customer: there is no file %1.</source>
            <translation>客户：没有档案 %1。</translation>
        </message>
        <message>
            <source>Customer: you may not open file %1.</source>
            <translation>客户：您无权查阅档案 %1。</translation>
        </message>
        <message>
            <source>Staff involved: there is no user "%1".</source>
            <translation>涉及员工：没有用户“%1”。</translation>
        </message>
        <message>
            <source>Major: %1</source>
            <translation>重大：%1</translation>
        </message>
        <message>
            <source>Complaint: there is no case %1.</source>
            <translation>投诉：没有编号为 %1 的投诉。</translation>
        </message>
        <message>
            <source>Resolution: say how the case was resolved.</source>
            <translation>处理结果：请说明是如何处理的。</translation>
        </message>
        <message>
            <source>Satisfaction: 1 to 5, or 0 when the customer declined to say.</source>
            <translation>满意度：1 到 5；顾客不愿评价时填 0。</translation>
        </message>
        <message>
            <source>Close: the case has no resolution.</source>
            <translation>结案：此投诉还没有处理结果。</translation>
        </message>
        <message>
            <source>Close: record the customer's satisfaction (1 to 5, or declined to say) first.</source>
            <translation>结案：请先记录顾客满意度（1 到 5，或顾客不愿评价）。</translation>
        </message>
        <message>
            <source>Reason: say why the case is reopened.</source>
            <translation>原因：请说明为什么重新打开此投诉。</translation>
        </message>
        <message>
            <source>Reason: say why the complaint is withdrawn.</source>
            <translation>原因：请说明投诉撤销的原因。</translation>
        </message>
        <message>
            <source>Note: say who was told (manager, head office) and how.</source>
            <translation>备注：请说明已报告给谁（店长、集团）以及报告方式。</translation>
        </message>
        <message>
            <source>Escalate: the case is %1.</source>
            <translation>上报：此投诉%1。</translation>
        </message>
        <message>
            <source>escalated by %1</source>
            <translation>由 %1 上报</translation>
        </message>
        <message>
            <source>Note: write something.</source>
            <translation>备注：请填写内容。</translation>
        </message>
        <message>
            <source>Assign to: there is no active user "%1".</source>
            <translation>分派给：没有在用的用户“%1”。</translation>
        </message>
        <message>
            <source>Assign: the case is %1.</source>
            <translation>分派：此投诉%1。</translation>
        </message>
        <message>
            <source>Assigned to %1</source>
            <translation>已分派给 %1</translation>
        </message>
        <message>
            <source>Item: say what the store keeps.</source>
            <translation>物品：请说明代保管的是什么。</translation>
        </message>
        <message>
            <source>Kept: %1</source>
            <translation>代保管：%1</translation>
        </message>
        <message>
            <source>Kept: %1, sent to %2</source>
            <translation>代保管：%1，已送交%2</translation>
        </message>
        <message>
            <source>Custody: the store holds nothing for %1.</source>
            <translation>代保管物品：本店没有为 %1 保管任何物品。</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) returned to the customer</source>
            <translation>
                <numerusform>%n 件物品已归还顾客</numerusform>
            </translation>
        </message>
        <message>
            <source>Reason: say why the case is major.</source>
            <translation>原因：请说明为什么是重大投诉。</translation>
        </message>
        <message>
            <source>Raise: the case is %1.</source>
            <translation>升级：该投诉%1。</translation>
        </message>
        <message>
            <source>Raise: %1 is already a major case.</source>
            <translation>升级：%1 已经是重大投诉。</translation>
        </message>
        <message>
            <source>raised by %1: %2</source>
            <translation>由 %1 升级：%2</translation>
        </message>
        <message>
            <source>Raised to major: %1</source>
            <translation>升级为重大投诉：%1</translation>
        </message>
        <message>
            <source>Checklist: the case is %1.</source>
            <translation>五清检查：该投诉%1。</translation>
        </message>
        <message>
            <source>Checklist: already ticked.</source>
            <translation>五清检查：已经勾选。</translation>
        </message>
        <message>
            <source>Checklist: not ticked.</source>
            <translation>五清检查：尚未勾选。</translation>
        </message>
        <message>
            <source>Ticked: %1</source>
            <translation>已勾选：%1</translation>
        </message>
        <message>
            <source>Unticked: %1</source>
            <translation>取消勾选：%1</translation>
        </message>
        <message>
            <source>Reason: say why the case is closed without the follow-up callback.</source>
            <translation>原因：请写明为何不经回访结案。</translation>
        </message>
        <message>
            <source>Closed without the follow-up callback: %1</source>
            <translation>未经回访结案：%1</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>小票</translation>
        </message>
        <message>
            <source>This change plans callbacks, and the callback rules are not available here.</source>
            <translation>此项更改会安排回访，但此处无法使用回访规则。</translation>
        </message>
    </context>
    <context>
        <name>cc::ComplaintSettings</name>
        <message>
            <source>Reply within: 1 to 168 hours.</source>
            <translation>答复时限：1 到 168 小时。</translation>
        </message>
        <message>
            <source>Resolve within: 1 to 30 days.</source>
            <translation>处理时限：1 到 30 天。</translation>
        </message>
        <message>
            <source>Resolve within: cannot be sooner than the reply is due.</source>
            <translation>处理时限：不能早于答复时限。</translation>
        </message>
    </context>
    <context>
        <name>cc::CsvReader</name>
        <message>
            <source>File: the text is not valid UTF-8; try --encoding gb18030.</source>
            <translation>文件：内容不是有效的 UTF-8 文本；请试试 --encoding gb18030。</translation>
        </message>
        <message>
            <source>File: the text is not valid GB18030; try --encoding utf-8.</source>
            <translation>文件：内容不是有效的 GB18030 文本；请试试 --encoding utf-8。</translation>
        </message>
        <message>
            <source>Line %1: a quoted field is never closed.</source>
            <translation>第 %1 行：引号没有闭合。</translation>
        </message>
    </context>
    <context>
        <name>cc::CustomerExport</name>
        <message>
            <source>File: cannot write %1.</source>
            <translation>文件：无法写入 %1。</translation>
        </message>
    </context>
    <context>
        <name>cc::CustomerImport</name>
        <message>
            <source>File: cannot read %1.</source>
            <translation>文件：无法读取 %1。</translation>
        </message>
        <message>
            <source>File: %1 is larger than 200 MB; split it.</source>
            <translation>文件：%1 超过 200 MB，请拆分后再导入。</translation>
        </message>
        <message>
            <source>File: it is empty; the first line must name the columns.</source>
            <translation>文件：内容为空；第一行必须是列名。</translation>
        </message>
        <message>
            <source>Line 1: the header needs a name column (姓名 / name) and a phone column (手机 / 电话 / phone).</source>
            <translation>第 1 行：表头必须包含姓名列（姓名 / name）和电话列（手机 / 电话 / phone）。</translation>
        </message>
        <message>
            <source>there are more fields than columns in the header.</source>
            <translation>字段数比表头的列数多。</translation>
        </message>
        <message>
            <source>gender "%1" is neither 男/女 nor m/f.</source>
            <translation>性别“%1”既不是 男/女，也不是 m/f。</translation>
        </message>
        <message>
            <source>birthday "%1" is not a date like 1990-05-17.</source>
            <translation>生日“%1”不是 1990-05-17 这样的日期。</translation>
        </message>
        <message>
            <source>category "%1" is neither 一般 nor 特殊.</source>
            <translation>类别“%1”既不是“一般”也不是“特殊”。</translation>
        </message>
        <message>
            <source>phone %1 is also on line %2 of this file.</source>
            <translation>电话 %1 在本文件第 %2 行也出现了。</translation>
        </message>
        <message>
            <source>phone %1 is already on file %2.</source>
            <translation>电话 %1 已在档案 %2 中。</translation>
        </message>
        <message>
            <source>File: there are no customers below the header.</source>
            <translation>文件：表头下面没有客户数据。</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was imported.</source>
            <translation>导入已取消，没有导入任何客户档案。</translation>
        </message>
    </context>
    <context>
        <name>cc::CustomerKeys</name>
        <message>
            <source>Not given</source>
            <translation>未填写</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>女</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>男</translation>
        </message>
        <message>
            <source>General</source>
            <translation>一般客户</translation>
        </message>
        <message>
            <source>Special</source>
            <translation>特殊客户</translation>
        </message>
        <message>
            <source>Potential</source>
            <translation>潜在客户</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标客户</translation>
        </message>
        <message>
            <source>First purchase</source>
            <translation>首次购买</translation>
        </message>
        <message>
            <source>Repeat buyer</source>
            <translation>重复购买</translation>
        </message>
        <message>
            <source>Long-term</source>
            <translation>长期客户</translation>
        </message>
        <message>
            <source>Advocate</source>
            <translation>拥护者</translation>
        </message>
        <message>
            <source>Unqualified</source>
            <translation>不合格</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>流失</translation>
        </message>
        <message>
            <source>Won back</source>
            <translation>已挽回</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>普通</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>机密</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>绝密</translation>
        </message>
        <message>
            <source>Regular</source>
            <translation>普通</translation>
        </message>
        <message>
            <source>Silver</source>
            <translation>银卡</translation>
        </message>
        <message>
            <source>Gold</source>
            <translation>金卡</translation>
        </message>
        <message>
            <source>VIP</source>
            <translation>VIP</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>到店</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>短信</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>邮件</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>信函</translation>
        </message>
    </context>
    <context>
        <name>cc::CustomerRepository</name>
        <message>
            <source>Customer files could not be saved: %1</source>
            <translation>客户档案未能保存：%1</translation>
        </message>
        <message>
            <source>Phone numbers could not be looked up: %1</source>
            <translation>无法查询电话号码：%1</translation>
        </message>
        <message>
            <source>Cancelled; nothing was saved.</source>
            <translation>已取消，没有保存任何内容。</translation>
        </message>
    </context>
    <context>
        <name>cc::CustomerService</name>
        <message>
            <source>Name: required.</source>
            <translation>姓名：必须填写。</translation>
        </message>
        <message>
            <source>Name: at most %1 characters.</source>
            <translation>姓名：最多 %1 个字符。</translation>
        </message>
        <message>
            <source>Phone: at least one number is required.</source>
            <translation>电话：至少需要一个号码。</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Phone: the kind must be mobile, home, office or other.</source>
            <translation>电话：类型必须是手机、家庭、单位或其他。</translation>
        </message>
        <message>
            <source>Birthday: %1 is not a possible birthday.</source>
            <translation>生日：%1 不是有效的生日。</translation>
        </message>
        <message>
            <source>Address: at most 200 characters.</source>
            <translation>地址：最多 200 个字符。</translation>
        </message>
        <message>
            <source>Company: at most 100 characters.</source>
            <translation>公司：最多 100 个字符。</translation>
        </message>
        <message>
            <source>Note: at most 2000 characters.</source>
            <translation>备注：最多 2000 个字符。</translation>
        </message>
        <message>
            <source>Tag: "%1" is longer than 20 characters.</source>
            <translation>标签：“%1”超过 20 个字符。</translation>
        </message>
        <message>
            <source>Tag: at most 30 tags.</source>
            <translation>标签：最多 30 个。</translation>
        </message>
        <message>
            <source>Family member: a name is required.</source>
            <translation>家庭成员：必须填写姓名。</translation>
        </message>
        <message>
            <source>Family member: %1's birthday is in the future.</source>
            <translation>家庭成员：%1 的生日在未来。</translation>
        </message>
        <message>
            <source>A customer file needs a signed-in owner.</source>
            <translation>客户档案需要一位已登录的负责人。</translation>
        </message>
        <message>
            <source>Phone: %1 is already on file %2 (%3). Open that file, or save anyway if they share the number.</source>
            <translation>电话：%1 已在档案 %2（%3）中。请打开该档案；如确为共用号码，也可以仍然保存。</translation>
        </message>
        <message>
            <source>Merge: choose two different files.</source>
            <translation>合并：请选择两份不同的档案。</translation>
        </message>
        <message>
            <source>Customer: "%1" is neither a customer id nor a file number like KH-000012.</source>
            <translation>客户：“%1”既不是客户编号，也不是 KH-000012 这样的档案编号。</translation>
        </message>
        <message>
            <source>Customer: there is no file %1.</source>
            <translation>客户：没有档案 %1。</translation>
        </message>
        <message>
            <source>File %1 is %2: a %3 may not open it.</source>
            <translation>档案 %1 为%2档案：%3无权查阅。</translation>
        </message>
        <message>
            <source>Reason: file %1 is protected; state why you open it.</source>
            <translation>查阅原因：档案 %1 受保护，请说明查阅原因。</translation>
        </message>
        <message>
            <source>Receipt: enter the receipt number (at most 40 characters).</source>
            <translation>小票号：请填写小票号（最多 40 个字符）。</translation>
        </message>
        <message>
            <source>Date: enter the purchase date, not in the future.</source>
            <translation>日期：请填写购买日期，不能是未来日期。</translation>
        </message>
        <message>
            <source>Item: a purchase needs at least one item.</source>
            <translation>商品：一次购买至少要有一件商品。</translation>
        </message>
        <message>
            <source>Item %1: the product name is missing.</source>
            <translation>第 %1 项商品：缺少商品名称。</translation>
        </message>
        <message>
            <source>Item %1: the quantity must be a whole number from 1.</source>
            <translation>第 %1 项商品：数量必须是不小于 1 的整数。</translation>
        </message>
        <message>
            <source>Item %1: price and cost must be amounts of zero or more.</source>
            <translation>第 %1 项商品：单价和成本必须是不小于 0 的金额。</translation>
        </message>
        <message>
            <source>Receipt: %1 is already recorded.</source>
            <translation>小票号：%1 已经登记过。</translation>
        </message>
        <message>
            <source>Note: write what was said.</source>
            <translation>备注：请写下沟通内容。</translation>
        </message>
        <message>
            <source>Reason lost: say why the customer was lost.</source>
            <translation>流失原因：请说明客户流失的原因。</translation>
        </message>
        <message>
            <source>Owner: choose an active user.</source>
            <translation>负责人：请选择一位在用的用户。</translation>
        </message>
        <message>
            <source>Confidentiality: you may not change the level of this file.</source>
            <translation>保密级别：您无权修改此档案的保密级别。</translation>
        </message>
        <message>
            <source>Contact hours: write them as 09:00-18:00, the start before the end.</source>
            <translation>接听时间：请写成 09:00-18:00，开始时间早于结束时间。</translation>
        </message>
        <message>
            <source>Cancelled; nothing was saved.</source>
            <translation>已取消，没有保存任何内容。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>信息来源</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>偏好</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Family member</source>
            <translation>家庭成员</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>小票</translation>
        </message>
        <message>
            <source>Item %1</source>
            <translation>第 %1 项商品</translation>
        </message>
        <message>
            <source>Item %1: %2 × %3 comes to %4, more than the largest amount, %5.</source>
            <translation>第 %1 项商品：%2 × %3 合计 %4，超过最大金额 %5。</translation>
        </message>
        <message>
            <source>Items: the purchase comes to %1 by item %2, more than the largest amount, %3.</source>
            <translation>商品：到第 %2 项时本次购买合计 %1，超过最大金额 %3。</translation>
        </message>
        <message>
            <source>Reason: say why the file is erased (e.g. the customer asked).</source>
            <translation>原因：请说明删除该档案的原因（例如客户要求）。</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>%1 is erased, but its traces could not yet be cleared from the store's file (%2). Run the same customer erase again to finish.</source>
            <translation>%1 已删除，但其痕迹尚未能从门店数据文件中清除（%2）。请再次执行同一 customer erase 命令以完成。</translation>
        </message>
        <message>
            <source>another counter is reading the store</source>
            <translation>另一个柜台正在读取门店数据</translation>
        </message>
        <message>
            <source>This change plans callbacks, and the callback rules are not available here.</source>
            <translation>此项更改会安排回访，但此处无法使用回访规则。</translation>
        </message>
    </context>
    <context>
        <name>cc::Database</name>
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
            <source>Cannot replace %1; it was left as it was.</source>
            <translation>无法替换 %1，文件保持原样。</translation>
        </message>
        <message>
            <source>The database file %1 is empty: it holds no store. It was left untouched.</source>
            <translation>数据库文件 %1 是空文件，其中没有门店数据。文件未作任何改动。</translation>
        </message>
        <message>
            <source>The database file %1 cannot be read: %2</source>
            <translation>无法读取数据库文件 %1：%2</translation>
        </message>
        <message>
            <source>%1 was found damaged: nothing is written to it until a check passes or a backup is restored. Nothing was saved.</source>
            <translation>%1 已被检查出损坏：在检查通过或恢复备份之前，不会再向其写入任何内容。未保存任何内容。</translation>
        </message>
        <message>
            <source>This PC cannot reach a PostgreSQL server: Qt's QPSQL driver is not installed (Debian: libqt6sql6-psql).</source>
            <translation>本机无法连接 PostgreSQL 服务器：未安装 Qt 的 QPSQL 驱动（Debian：libqt6sql6-psql）。</translation>
        </message>
        <message>
            <source>The database %1 holds no CounterCare store. Set it up with countercare-cli server init.</source>
            <translation>数据库 %1 中没有 CounterCare 门店数据。请用 countercare-cli server init 建立。</translation>
        </message>
        <message>
            <source>%1 was written by a newer CounterCare (schema %2; this program knows up to %3). Install the newer version; the database was left untouched.</source>
            <translation>%1 由更新版本的 CounterCare 写入（结构版本 %2；本程序最高支持 %3）。请安装新版本；数据库未作任何改动。</translation>
        </message>
        <message>
            <source>%1 is at schema %2 and this program needs %3. Upgrade it once with countercare-cli server upgrade; the database was left untouched.</source>
            <translation>%1 的结构版本为 %2，本程序需要 %3。请用 countercare-cli server upgrade 升级一次；数据库未作任何改动。</translation>
        </message>
        <message>
            <source>Cannot connect to the store's server %1: %2 (the password is read from ~/.pgpass, or the file PGPASSFILE names).</source>
            <translation>无法连接门店服务器 %1：%2（密码从 ~/.pgpass 或 PGPASSFILE 指定的文件读取）。</translation>
        </message>
        <message>
            <source>A read-only connection changes no schema.</source>
            <translation>只读连接不会改动数据库结构。</translation>
        </message>
        <message>
            <source>The database %1 already holds a CounterCare store; it was left untouched.</source>
            <translation>数据库 %1 中已经有一家 CounterCare 门店；未作任何改动。</translation>
        </message>
        <message numerus="yes">
            <source>The database %1 is not empty: it already holds %n table(s). server init sets up an empty database only; it was left untouched.</source>
            <translation>
                <numerusform>数据库 %1 不是空的：其中已有 %n 张表。server init 只能初始化空数据库；未作任何改动。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cc::DemoData</name>
        <message>
            <source>Customers: give a number from 1 to %L1.</source>
            <translation>客户：请给出 1 到 %L1 之间的数量。</translation>
        </message>
        <message>
            <source>Complaints: give a number from 0 to %L1.</source>
            <translation>投诉：请给出 0 到 %L1 之间的数量。</translation>
        </message>
        <message>
            <source>The database is open read-only: demo data cannot be added.</source>
            <translation>数据库以只读方式打开，无法加入示范数据。</translation>
        </message>
        <message>
            <source>Staff password: %1</source>
            <translation>员工密码：%1</translation>
        </message>
        <message>
            <source>Demo data needs the embedded SQLite database.</source>
            <translation>示范数据需要内置的 SQLite 数据库。</translation>
        </message>
        <message numerus="yes">
            <source>Customers: the store already has %n customer file(s); demo data only fills an empty store.</source>
            <translation>
                <numerusform>客户：本店已有 %n 份客户档案；示范数据只能填入空的门店。</numerusform>
            </translation>
        </message>
        <message>
            <source>Staff: the demo staff's user names are taken by other roles.</source>
            <translation>员工：示范员工的用户名已被其他角色占用。</translation>
        </message>
        <message>
            <source>Demo data: cancelled; nothing was kept.</source>
            <translation>示范数据：已取消，未保留任何内容。</translation>
        </message>
        <message>
            <source>Demo data could not be written: %1</source>
            <translation>示范数据无法写入：%1</translation>
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
        <message numerus="yes">
            <source>%n reference(s) point at no row.</source>
            <translation>
                <numerusform>有 %n 处引用指向不存在的记录。</numerusform>
            </translation>
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
        <message>
            <source>fill the store with demo data</source>
            <translation>向门店填入示范数据</translation>
        </message>
        <message>
            <source>erase customer files</source>
            <translation>删除客户档案</translation>
        </message>
    </context>
    <context>
        <name>cc::PhoneNumbers</name>
        <message>
            <source>%1: enter a phone number.</source>
            <translation>%1：请输入电话号码。</translation>
        </message>
        <message>
            <source>%1: "%2" is not a valid phone number; a mobile has 11 digits, a landline needs its area code, e.g. 0755 8888 6666.</source>
            <translation>%1：“%2”不是有效的电话号码；手机号为 11 位，固定电话需带区号，例如 0755 8888 6666。</translation>
        </message>
        <message>
            <source>%1: "%2" holds more than one number; enter each number on its own.</source>
            <translation>%1：“%2”包含不止一个号码，请每个号码单独填写。</translation>
        </message>
        <message>
            <source>%1: "%2" is not a phone number: "%3" is not a digit.</source>
            <translation>%1：“%2”不是电话号码：“%3”不是数字。</translation>
        </message>
    </context>
    <context>
        <name>cc::PostgresDialect</name>
        <message>
            <source>The server runs PostgreSQL %1.%2; CounterCare needs 15 or newer.</source>
            <translation>服务器运行的是 PostgreSQL %1.%2；CounterCare 需要 15 或更高版本。</translation>
        </message>
        <message>
            <source>No ids can be reserved for "%1": it has no id sequence.</source>
            <translation>无法为“%1”预留编号：它没有编号序列。</translation>
        </message>
        <message>
            <source>The server is busy: another counter is saving the same thing. Nothing was saved; please try again.</source>
            <translation>服务器忙：另一个柜台正在保存同一内容。未保存任何内容，请重试。</translation>
        </message>
        <message>
            <source>This is already on file (%1). Nothing was saved.</source>
            <translation>此内容已存在（%1）。未保存任何内容。</translation>
        </message>
        <message>
            <source>The server refused it: it does not fit what is on file (%1). Nothing was saved.</source>
            <translation>服务器拒绝了此操作：与已有记录不符（%1）。未保存任何内容。</translation>
        </message>
        <message>
            <source>This counter's connection to the server is read-only. Nothing was saved.</source>
            <translation>本柜台与服务器的连接为只读。未保存任何内容。</translation>
        </message>
        <message>
            <source>The server refused CounterCare's database role (%1): it lacks a grant. Ask whoever set up the server.</source>
            <translation>服务器拒绝了 CounterCare 的数据库角色（%1）：缺少授权。请联系服务器的设置人员。</translation>
        </message>
        <message>
            <source>The server reports damaged data: %1</source>
            <translation>服务器报告数据损坏：%1</translation>
        </message>
        <message>
            <source>The server cannot be reached: %1. Nothing was saved.</source>
            <translation>无法连接服务器：%1。未保存任何内容。</translation>
        </message>
        <message>
            <source>Database error in %1: %2</source>
            <translation>数据库错误（%1）：%2</translation>
        </message>
    </context>
    <context>
        <name>cc::PrivateFile</name>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>无法创建文件夹 %1。</translation>
        </message>
        <message>
            <source>Cannot create the file %1.</source>
            <translation>无法创建文件 %1。</translation>
        </message>
    </context>
    <context>
        <name>cc::ReportService</name>
        <message>
            <source>Month: give one like 2026-11.</source>
            <translation>月份：请按 2026-11 的格式填写。</translation>
        </message>
        <message>
            <source>Report stopped.</source>
            <translation>报表已停止。</translation>
        </message>
        <message>
            <source>From: give a date like 2026-01-01.</source>
            <translation>起始日期：请按 2026-01-01 的格式填写。</translation>
        </message>
        <message>
            <source>To: give a date like 2026-12-31.</source>
            <translation>截止日期：请按 2026-12-31 的格式填写。</translation>
        </message>
        <message>
            <source>To: the period ends before it begins.</source>
            <translation>截止日期：截止日期早于起始日期。</translation>
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
        <name>cc::ServerLocation</name>
        <message>
            <source>Server: %1 is not a postgresql:// address.</source>
            <translation>服务器：%1 不是 postgresql:// 地址。</translation>
        </message>
        <message>
            <source>Server: %1 is not a valid address (postgresql://user@host:port/database).</source>
            <translation>服务器：%1 不是有效地址（postgresql://用户@主机:端口/数据库）。</translation>
        </message>
        <message>
            <source>Server: the address holds a password. Put the password in ~/.pgpass (or the file PGPASSFILE names) and leave it out of the address.</source>
            <translation>服务器：地址中含有密码。请把密码放在 ~/.pgpass（或 PGPASSFILE 指定的文件）中，不要写在地址里。</translation>
        </message>
        <message>
            <source>Server: name the store's database after the host, as in postgresql://counter@%1/store.</source>
            <translation>服务器：请在主机后写上门店的数据库名，例如 postgresql://counter@%1/store。</translation>
        </message>
        <message>
            <source>Server: the address parameter "%1" is not one a store's address may set (%2).</source>
            <translation>服务器：地址参数“%1”不是门店地址可以设置的参数（%2）。</translation>
        </message>
        <message>
            <source>Server: the value of "%1" may not contain spaces or semicolons.</source>
            <translation>服务器：“%1”的值不能包含空格或分号。</translation>
        </message>
    </context>
    <context>
        <name>cc::ServerRoles</name>
        <message>
            <source>--app-role: "%1" is not a role name (lower-case letters, digits and _, starting with a letter).</source>
            <translation>--app-role：“%1”不是有效的角色名（只能用小写字母、数字和 _，并以字母开头）。</translation>
        </message>
        <message>
            <source>--app-role: the server has no role "%1". Create it first: CREATE ROLE %1 LOGIN PASSWORD '…';</source>
            <translation>--app-role：服务器上没有角色“%1”。请先创建：CREATE ROLE %1 LOGIN PASSWORD '…';</translation>
        </message>
    </context>
    <context>
        <name>cc::SqliteDialect</name>
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
        <message>
            <source>No ids can be reserved for "%1": not a table name.</source>
            <translation>无法为“%1”预留编号：这不是表名。</translation>
        </message>
    </context>
    <context>
        <name>cc::StorageCheck</name>
        <message>
            <source>The database is on a network share (%1, %2). SQLite's file locking is not reliable there and two counters can damage the file: keep it on this PC's own disk; several counters belong on the PostgreSQL server.</source>
            <translation>数据库在网络共享上（%1，%2）。那里 SQLite 的文件锁不可靠，两个柜台同时使用可能损坏文件：请放在本机硬盘上；多个柜台请使用 PostgreSQL 服务器。</translation>
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
        <message>
            <source>Hotline: at most 30 characters.</source>
            <translation>服务热线：最多 30 个字符。</translation>
        </message>
        <message>
            <source>Hotline: only digits, spaces, +, - and brackets.</source>
            <translation>服务热线：只能包含数字、空格、+、- 和括号。</translation>
        </message>
        <message>
            <source>This database has no store yet.</source>
            <translation>此数据库还没有门店。</translation>
        </message>
    </context>
    <context>
        <name>cc::StoreSettings</name>
        <message>
            <source>Lock after: choose between %1 and %2 minutes.</source>
            <translation>自动锁定时间：请选择 %1 到 %2 分钟。</translation>
        </message>
        <message>
            <source>Tiers: each threshold must be above zero and above the one before.</source>
            <translation>等级：每个门槛都必须大于 0，且高于前一个门槛。</translation>
        </message>
        <message>
            <source>Major from: the amount must be above zero.</source>
            <translation>重大投诉金额：必须大于零。</translation>
        </message>
        <message>
            <source>Warn above: the amount must be above zero.</source>
            <translation>提醒金额：必须大于零。</translation>
        </message>
        <message>
            <source>Backup folder: give a full path, such as /media/usb/backups.</source>
            <translation>备份文件夹：请填写完整路径，例如 /media/usb/backups。</translation>
        </message>
        <message>
            <source>Backup folder: %1 cannot be created; is the disk plugged in?</source>
            <translation>备份文件夹：无法创建 %1，磁盘插好了吗？</translation>
        </message>
        <message>
            <source>Backup folder: %1 cannot be written to.</source>
            <translation>备份文件夹：%1 无法写入。</translation>
        </message>
    </context>
    <context>
        <name>cc::TextInput</name>
        <message>
            <source>%1: contains the control character U+%2 at position %3, which cannot be typed; remove it.</source>
            <translation>%1：第 %3 个字符是无法输入的控制字符 U+%2，请删除。</translation>
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
        <message>
            <source>At most this many entries (default: all).</source>
            <translation>最多显示多少条（默认全部显示）。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::BackupCommand</name>
        <message>
            <source>Replace the database with a verified backup, keeping a safety copy of the current one (manager).</source>
            <translation>用检验过的备份替换数据库，并保留当前数据库的安全副本（店长）。</translation>
        </message>
        <message>
            <source>Write a checked snapshot of the database and its manifest (FILE.json) (manager).</source>
            <translation>写出经检验的数据库快照及其清单（FILE.json）（店长）。</translation>
        </message>
        <message>
            <source>The backup file.</source>
            <translation>备份文件。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>The backup file to write.</source>
            <translation>要写入的备份文件。</translation>
        </message>
        <message>
            <source>Backed up to %1 (SHA-256 %2).</source>
            <translation>已备份到 %1（SHA-256 %2）。</translation>
        </message>
        <message>
            <source>Restored from %1. The database as it was is kept in %2.</source>
            <translation>已从 %1 恢复。原数据库保存在 %2。</translation>
        </message>
        <message>
            <source>Restore a copy that has no manifest (FILE.json): nothing then shows that its rows are as they were backed up. The audit log says so.</source>
            <translation>恢复没有清单文件（FILE.json）的副本：此时无法证明其中的记录与备份时一致。审计日志会记下这一点。</translation>
        </message>
        <message>
            <source>Restoring over the damaged file.</source>
            <translation>正在用备份替换损坏的文件。</translation>
        </message>
        <message>
            <source>Restored from %1. The damaged file is kept, untouched, as %2.</source>
            <translation>已从 %1 恢复。损坏的文件原样保留为 %2。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::CallbackCommand</name>
        <message>
            <source>List callbacks to make, oldest first (makes the greetings due by then).</source>
            <translation>列出待回访，最早的在前（同时生成到该日为止的问候回访）。</translation>
        </message>
        <message>
            <source>Due on or before this day.</source>
            <translation>在此日期当天或之前到期的。</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Only those past their due time.</source>
            <translation>只列出已逾期的。</translation>
        </message>
        <message>
            <source>Judge overdue as of this time (default now).</source>
            <translation>按此时间判断是否逾期（默认为现在）。</translation>
        </message>
        <message>
            <source>DATETIME</source>
            <translation>日期时间</translation>
        </message>
        <message>
            <source>Only this user's.</source>
            <translation>只列出此用户负责的。</translation>
        </message>
        <message>
            <source>USER</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>pending (default), done, missed, cancelled or all.</source>
            <translation>pending（默认）、done、missed、cancelled 或 all。</translation>
        </message>
        <message>
            <source>S</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Only this customer's.</source>
            <translation>只列出此顾客的。</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>--due-by: write a date as YYYY-MM-DD.</source>
            <translation>--due-by：日期请写成 YYYY-MM-DD。</translation>
        </message>
        <message>
            <source>--as-of: only with --overdue.</source>
            <translation>--as-of：只能与 --overdue 一起使用。</translation>
        </message>
        <message>
            <source>--as-of: write an ISO 8601 date and time.</source>
            <translation>--as-of：请写 ISO 8601 日期时间。</translation>
        </message>
        <message>
            <source>--status: use pending, done, missed, cancelled or all.</source>
            <translation>--status：请使用 pending、done、missed、cancelled 或 all。</translation>
        </message>
        <message>
            <source>Arrange a call with a customer, assigned to you.</source>
            <translation>与顾客约定一次回访，由你负责。</translation>
        </message>
        <message>
            <source>Customer id or file number.</source>
            <translation>客户编号或档案编号。</translation>
        </message>
        <message>
            <source>When to call.</source>
            <translation>回访时间。</translation>
        </message>
        <message>
            <source>What the call is about.</source>
            <translation>回访事项。</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>--due: write an ISO 8601 date and time.</source>
            <translation>--due：请写 ISO 8601 格式的日期时间。</translation>
        </message>
        <message>
            <source>ID: give one callback id, as `callback list` shows.</source>
            <translation>ID：请给出一个回访编号（见 `callback list`）。</translation>
        </message>
        <message>
            <source>--%1: required.</source>
            <translation>--%1：必须填写。</translation>
        </message>
        <message>
            <source>Everyone's callbacks: to make, due today, overdue, and the 30-day on-time rate.</source>
            <translation>每个人的回访：待回访、今日到期、逾期，以及 30 天准时率。</translation>
        </message>
        <message>
            <source>Show the callback rules; with options, change them (manager).</source>
            <translation>显示回访规则；带选项时修改规则（店长）。</translation>
        </message>
        <message>
            <source>Days after a purchase of the three calls (3,30,60).</source>
            <translation>购买后三次回访的天数（3,30,60）。</translation>
        </message>
        <message>
            <source>N,N,N</source>
            <translation>N,N,N</translation>
        </message>
        <message>
            <source>Days after a visit without purchase of the two calls (3,15).</source>
            <translation>到店未购后两次回访的天数（3,15）。</translation>
        </message>
        <message>
            <source>N,N</source>
            <translation>N,N</translation>
        </message>
        <message>
            <source>Days after a complaint is resolved (1).</source>
            <translation>投诉解决后几天回访（1）。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Time of day calls are due (10:00).</source>
            <translation>回访到期的时刻（10:00）。</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <translation>HH:MM</translation>
        </message>
        <message>
            <source>Birthday greetings: on or off.</source>
            <translation>生日问候：on 或 off。</translation>
        </message>
        <message>
            <source>on|off</source>
            <translation>on|off</translation>
        </message>
        <message>
            <source>Holiday greetings: on or off.</source>
            <translation>节日问候：on 或 off。</translation>
        </message>
        <message>
            <source>Calls without answer before a callback is missed (3).</source>
            <translation>无人接听几次后记为未联系上（3）。</translation>
        </message>
        <message>
            <source>--%1: on or off.</source>
            <translation>--%1：on 或 off。</translation>
        </message>
        <message>
            <source>Remind buyers of a product to have it serviced every N days (0 stops; manager).</source>
            <translation>每隔 N 天提醒购买某产品的顾客保养（0 表示停止；店长）。</translation>
        </message>
        <message>
            <source>Product name, or a part of it that purchase lines contain.</source>
            <translation>产品名称，或购买明细中包含的名称片段。</translation>
        </message>
        <message>
            <source>Days between services.</source>
            <translation>两次保养间隔的天数。</translation>
        </message>
        <message>
            <source>--days: a whole number.</source>
            <translation>--days：请填整数。</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <source>Add a holiday the store greets its customers on (manager).</source>
            <translation>添加一个向顾客致以问候的节日（店长）。</translation>
        </message>
        <message>
            <source>Remove a holiday from the list (manager).</source>
            <translation>从列表中删除一个节日（店长）。</translation>
        </message>
        <message>
            <source>List the holidays the store greets its customers on.</source>
            <translation>列出向顾客致以问候的节日。</translation>
        </message>
        <message>
            <source>Its name.</source>
            <translation>节日名称。</translation>
        </message>
        <message>
            <source>Its date this year.</source>
            <translation>今年的日期。</translation>
        </message>
        <message>
            <source>--date: write a date as YYYY-MM-DD.</source>
            <translation>--date：日期请写成 YYYY-MM-DD。</translation>
        </message>
        <message>
            <source>Added holiday %1.</source>
            <translation>已添加节日 %1。</translation>
        </message>
        <message>
            <source>ID: give one holiday id, as `holiday list` shows.</source>
            <translation>ID：请给出一个节日编号（见 `holiday list`）。</translation>
        </message>
        <message>
            <source>Removed.</source>
            <translation>已删除。</translation>
        </message>
        <message>
            <source>The call was made: what the customer said.</source>
            <translation>已完成回访：记下顾客说了什么。</translation>
        </message>
        <message>
            <source>What the customer said.</source>
            <translation>顾客说了什么。</translation>
        </message>
        <message>
            <source>1 to 5, where asked.</source>
            <translation>1 到 5 分（问了满意度时）。</translation>
        </message>
        <message>
            <source>--satisfaction: give 1 to 5.</source>
            <translation>--satisfaction：请给 1 到 5。</translation>
        </message>
        <message>
            <source>Nobody answered: try again tomorrow, missed after the last try.</source>
            <translation>无人接听：明天再打，最后一次仍未接通则记为未联系上。</translation>
        </message>
        <message>
            <source>Move the call to another time.</source>
            <translation>把回访改到其他时间。</translation>
        </message>
        <message>
            <source>The new time.</source>
            <translation>新的时间。</translation>
        </message>
        <message>
            <source>Why.</source>
            <translation>原因。</translation>
        </message>
        <message>
            <source>--to: write an ISO 8601 date and time.</source>
            <translation>--to：请写 ISO 8601 格式的日期时间。</translation>
        </message>
        <message>
            <source>Cancel a call, saying why.</source>
            <translation>取消回访，并写明原因。</translation>
        </message>
        <message>
            <source>Why it is cancelled.</source>
            <translation>撤销原因。</translation>
        </message>
        <message>
            <source>Give the call to another user (supervisors and managers).</source>
            <translation>把回访交给其他人（主管和店长）。</translation>
        </message>
        <message>
            <source>User name.</source>
            <translation>用户名。</translation>
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
        <name>cc::cli::ChurnReportCommand</name>
        <message>
            <source>Customers lost in a period, by reason, with the absolute and relative churn rates and those won back (supervisor, manager).</source>
            <translation>某一期间的流失客户（按原因分列），含绝对与相对客户流失率及挽回客户数（主管、店长）。</translation>
        </message>
        <message>
            <source>The first day, such as 2026-01-01.</source>
            <translation>起始日，如 2026-01-01。</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>The last day, included, such as 2026-12-31.</source>
            <translation>截止日（含当天），如 2026-12-31。</translation>
        </message>
        <message>
            <source>--from: write a date as YYYY-MM-DD.</source>
            <translation>--from：日期请写成 YYYY-MM-DD。</translation>
        </message>
        <message>
            <source>--to: write a date as YYYY-MM-DD.</source>
            <translation>--to：日期请写成 YYYY-MM-DD。</translation>
        </message>
        <message>
            <source>--to: the period ends before it begins.</source>
            <translation>--to：截止日期早于起始日期。</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 至 %2</translation>
        </message>
        <message>
            <source>Absolute churn rate: %1%.</source>
            <translation>绝对客户流失率：%1%。</translation>
        </message>
        <message>
            <source>Relative churn rate: %1%.</source>
            <translation>相对客户流失率：%1%。</translation>
        </message>
        <message>
            <source>Relative churn rate: no purchases on record.</source>
            <translation>相对客户流失率：没有购买记录，无法计算。</translation>
        </message>
        <message>
            <source>Purchases of the lost customers: %1 of %2.</source>
            <translation>流失客户的购买额：%1（全部客户 %2）。</translation>
        </message>
        <message>
            <source>(no reason)</source>
            <translation>（未填原因）</translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln customer(s) lost of %L2 on file; %L3 won back.</source>
            <translation>
                <numerusform>%1：在册客户 %L2 位，流失 %Ln 位，挽回 %L3 位。</numerusform>
            </translation>
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
        <message>
            <source>--%1: required.</source>
            <translation>--%1：必须填写。</translation>
        </message>
        <message>
            <source>Reply by %1, resolve by %2, handler %3</source>
            <translation>答复时限 %1，处理时限 %2，处理人 %3</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::CompensationCommand</name>
        <message>
            <source>Request compensation on a complaint; approved at once within your own limit, otherwise it waits for the role whose limit covers it.</source>
            <translation>为投诉申请补偿；在你权限内当即批准，否则等待有相应权限的人审批。</translation>
        </message>
        <message>
            <source>refund, exchange, repair, voucher, gift, cash or upgrade.</source>
            <translation>refund、exchange、repair、voucher、gift、cash 或 upgrade。</translation>
        </message>
        <message>
            <source>KIND</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>In yuan, e.g. 300 or 49.90.</source>
            <translation>单位：元，如 300 或 49.90。</translation>
        </message>
        <message>
            <source>AMOUNT</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Why.</source>
            <translation>原因。</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>NUMBER: give one complaint number, e.g. TS-20261202-0001.</source>
            <translation>编号：请给出一个投诉编号，例如 TS-20261202-0001。</translation>
        </message>
        <message>
            <source>--kind: use refund, exchange, repair, voucher, gift, cash or upgrade.</source>
            <translation>--kind：请使用 refund、exchange、repair、voucher、gift、cash 或 upgrade。</translation>
        </message>
        <message>
            <source>--amount</source>
            <translation>--amount</translation>
        </message>
        <message>
            <source>A supervisor's recommendation on a request only a manager may decide.</source>
            <translation>主管对只能由店长审批的申请提出建议。</translation>
        </message>
        <message>
            <source>Approve (optionally at a lower amount) or reject a request, with a comment.</source>
            <translation>批准（可降低金额）或驳回申请，并写明意见。</translation>
        </message>
        <message>
            <source>Approve the request.</source>
            <translation>批准申请。</translation>
        </message>
        <message>
            <source>Reject the request.</source>
            <translation>驳回申请。</translation>
        </message>
        <message>
            <source>Grant this much instead (yuan).</source>
            <translation>改为批准此金额（元）。</translation>
        </message>
        <message>
            <source>ID: give one request id, as `compensation list` shows.</source>
            <translation>ID：请给出一个申请编号（见 `compensation list`）。</translation>
        </message>
        <message>
            <source>Give either --approve or --reject.</source>
            <translation>请给出 --approve 或 --reject 其中之一。</translation>
        </message>
        <message>
            <source>--amount: only with --approve.</source>
            <translation>--amount：只能与 --approve 一起使用。</translation>
        </message>
        <message>
            <source>List compensation requests, newest first; pending ones oldest first.</source>
            <translation>列出补偿申请，最新的在前；待审批的最早的在前。</translation>
        </message>
        <message>
            <source>Only those waiting.</source>
            <translation>只列出待审批的。</translation>
        </message>
        <message>
            <source>Only this case's.</source>
            <translation>只列出此投诉的。</translation>
        </message>
        <message>
            <source>NUMBER</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Set the most a role may grant alone of a kind (manager only; --max none for no limit).</source>
            <translation>设置某角色可独自批准的某类补偿上限（仅店长；--max none 表示不限）。</translation>
        </message>
        <message>
            <source>Show the authority table: the most each role may grant alone.</source>
            <translation>显示权限核决表：各角色可独自批准的上限。</translation>
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
            <source>In yuan, or none.</source>
            <translation>单位：元，或 none。</translation>
        </message>
        <message>
            <source>--role: use clerk, supervisor or manager.</source>
            <translation>--role：请使用 clerk（营业员）、supervisor（主管）或 manager（店长）。</translation>
        </message>
        <message>
            <source>--max</source>
            <translation>--max</translation>
        </message>
        <message>
            <source>Write the customer's slip of a decided request as PDF.</source>
            <translation>把已审批申请的顾客补偿单写成 PDF。</translation>
        </message>
        <message>
            <source>The PDF file to write.</source>
            <translation>要写入的 PDF 文件。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>a5 (default) or 80mm.</source>
            <translation>a5（默认）或 80mm。</translation>
        </message>
        <message>
            <source>SIZE</source>
            <translation>尺寸</translation>
        </message>
        <message>
            <source>--size: use a5 or 80mm.</source>
            <translation>--size：请使用 a5 或 80mm。</translation>
        </message>
        <message>
            <source>Wrote the compensation slip to %1.</source>
            <translation>补偿单已写入 %1。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::ComplaintCommand</name>
        <message>
            <source>Log a complaint; it is numbered TS-YYYYMMDD-NNNN and made major automatically when the rules say so.</source>
            <translation>登记投诉；编号格式为 TS-YYYYMMDD-NNNN，符合规则时自动定为重大投诉。</translation>
        </message>
        <message>
            <source>Customer id or file number.</source>
            <translation>客户编号或档案编号。</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>quality, service, price, attitude, delivery or other.</source>
            <translation>quality（质量）、service（售后服务）、price（价格）、attitude（服务态度）、delivery（物流）或 other（其他）。</translation>
        </message>
        <message>
            <source>CATEGORY</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>walk_in, phone, written, online or head_office.</source>
            <translation>walk_in（到店）、phone（电话）、written（书面）、online（网络）或 head_office（集团转办）。</translation>
        </message>
        <message>
            <source>CHANNEL</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>What happened, in the customer's words.</source>
            <translation>发生了什么（顾客原话）。</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>refund, exchange, repair, compensation, apology or other.</source>
            <translation>refund（退货）、exchange（换货）、repair（维修）、compensation（赔偿）、apology（道歉）或 other（其他）。</translation>
        </message>
        <message>
            <source>DEMAND</source>
            <translation>诉求</translation>
        </message>
        <message>
            <source>Product or model.</source>
            <translation>商品或型号。</translation>
        </message>
        <message>
            <source>Receipt number.</source>
            <translation>小票号。</translation>
        </message>
        <message>
            <source>NO</source>
            <translation>号码</translation>
        </message>
        <message>
            <source>Purchase date, YYYY-MM-DD.</source>
            <translation>购买日期，格式 YYYY-MM-DD。</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Price paid, in yuan.</source>
            <translation>购买价格（元）。</translation>
        </message>
        <message>
            <source>AMOUNT</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>User name of the employee complained about.</source>
            <translation>被投诉员工的用户名。</translation>
        </message>
        <message>
            <source>USER</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>media, regulator, group, manufacturer or safety; repeat for several.</source>
            <translation>media（媒体）、regulator（监管部门）、group（群体）、manufacturer（厂家）或 safety（安全）；可重复多次。</translation>
        </message>
        <message>
            <source>FLAG</source>
            <translation>标记</translation>
        </message>
        <message>
            <source>When the complaint was received (ISO 8601, local time unless an offset is given).</source>
            <translation>受理时间（ISO 8601，未注明时区时为本地时间）。</translation>
        </message>
        <message>
            <source>DATETIME</source>
            <translation>日期时间</translation>
        </message>
        <message>
            <source>--category: use quality, service, price, attitude, delivery or other.</source>
            <translation>--category：请使用 quality、service、price、attitude、delivery 或 other。</translation>
        </message>
        <message>
            <source>--channel: use walk_in, phone, written, online or head_office.</source>
            <translation>--channel：请使用 walk_in、phone、written、online 或 head_office。</translation>
        </message>
        <message>
            <source>--demand: use refund, exchange, repair, compensation, apology or other.</source>
            <translation>--demand：请使用 refund、exchange、repair、compensation、apology 或 other。</translation>
        </message>
        <message>
            <source>--flag: use media, regulator, group, manufacturer or safety.</source>
            <translation>--flag：请使用 media、regulator、group、manufacturer 或 safety。</translation>
        </message>
        <message>
            <source>--purchase-date: write the date as YYYY-MM-DD.</source>
            <translation>--purchase-date：日期请写成 YYYY-MM-DD。</translation>
        </message>
        <message>
            <source>--received-at: write an ISO 8601 date and time, e.g. 2026-12-02T10:05:00.</source>
            <translation>--received-at：请写 ISO 8601 日期时间，例如 2026-12-02T10:05:00。</translation>
        </message>
        <message>
            <source>Show a complaint with its timeline (every transition with actor and time).</source>
            <translation>显示投诉及其处理记录（每一步的经办人和时间）。</translation>
        </message>
        <message>
            <source>NUMBER: give one complaint number, e.g. TS-20261202-0001.</source>
            <translation>编号：请给出一个投诉编号，例如 TS-20261202-0001。</translation>
        </message>
        <message>
            <source>List complaints: unescalated major cases first, then by resolve-by time.</source>
            <translation>列出投诉：未上报的重大投诉在前，其余按处理时限排序。</translation>
        </message>
        <message>
            <source>received, in_progress, awaiting_approval, resolved, closed or cancelled.</source>
            <translation>received（已受理）、in_progress（处理中）、awaiting_approval（待审批）、resolved（已处理）、closed（已结案）或 cancelled（已撤销）。</translation>
        </message>
        <message>
            <source>S</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>general or major.</source>
            <translation>general（一般）或 major（重大）。</translation>
        </message>
        <message>
            <source>SEVERITY</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <source>Only open cases past their promise.</source>
            <translation>只看超过承诺时限的未结投诉。</translation>
        </message>
        <message>
            <source>Judge overdue as of this time (default now).</source>
            <translation>按此时间判断是否逾期（默认为现在）。</translation>
        </message>
        <message>
            <source>--status: use received, in_progress, awaiting_approval, resolved, closed or cancelled.</source>
            <translation>--status：请使用 received、in_progress、awaiting_approval、resolved、closed 或 cancelled。</translation>
        </message>
        <message>
            <source>--severity: use general or major.</source>
            <translation>--severity：请使用 general 或 major。</translation>
        </message>
        <message>
            <source>--as-of: write an ISO 8601 date and time.</source>
            <translation>--as-of：请写 ISO 8601 日期时间。</translation>
        </message>
        <message>
            <source>--%1: required.</source>
            <translation>--%1：必须填写。</translation>
        </message>
        <message>
            <source>--satisfaction: give 1 to 5, or 'declined'.</source>
            <translation>--satisfaction：请给出 1 到 5，或 declined（顾客不愿评价）。</translation>
        </message>
        <message>
            <source>Give the case to a handler (supervisor or manager).</source>
            <translation>把投诉分派给处理人（主管或店长）。</translation>
        </message>
        <message>
            <source>User name of the new handler.</source>
            <translation>新处理人的用户名。</translation>
        </message>
        <message>
            <source>Start handling the case.</source>
            <translation>开始处理此投诉。</translation>
        </message>
        <message>
            <source>What was done.</source>
            <translation>做了什么处理。</translation>
        </message>
        <message>
            <source>1 to 5, or 'declined' when the customer would not say.</source>
            <translation>1 到 5；顾客不愿评价时填 declined。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Reopen a resolved or closed case.</source>
            <translation>重新打开已处理或已结案的投诉。</translation>
        </message>
        <message>
            <source>Why it is reopened.</source>
            <translation>重新打开的原因。</translation>
        </message>
        <message>
            <source>Cancel a complaint the customer withdrew.</source>
            <translation>撤销顾客已撤回的投诉。</translation>
        </message>
        <message>
            <source>Why it is cancelled.</source>
            <translation>撤销原因。</translation>
        </message>
        <message>
            <source>Record that a major case was reported (to whom, how).</source>
            <translation>记录重大投诉已上报（报告给谁、如何报告）。</translation>
        </message>
        <message>
            <source>Who was told.</source>
            <translation>报告给了谁。</translation>
        </message>
        <message>
            <source>Add a note to the case's timeline.</source>
            <translation>在投诉处理记录中添加备注。</translation>
        </message>
        <message>
            <source>The note.</source>
            <translation>备注内容。</translation>
        </message>
        <message>
            <source>Record how the case was resolved and, if known, the customer's satisfaction.</source>
            <translation>记录投诉的处理结果，如已知也记录顾客满意度。</translation>
        </message>
        <message>
            <source>Record an item the store keeps for the case (--item, --sent-to), or that it went back (--returned).</source>
            <translation>登记本店为此投诉代保管的物品（--item、--sent-to），或登记物品已归还（--returned）。</translation>
        </message>
        <message>
            <source>What the store keeps.</source>
            <translation>代保管的物品。</translation>
        </message>
        <message>
            <source>Its condition.</source>
            <translation>物品状况。</translation>
        </message>
        <message>
            <source>Where it was sent (technical department, manufacturer).</source>
            <translation>送交何处（技术部、厂家）。</translation>
        </message>
        <message>
            <source>Everything held went back to the customer.</source>
            <translation>代保管物品已全部归还顾客。</translation>
        </message>
        <message>
            <source>Custody: give either --item (with --sent-to) or --returned.</source>
            <translation>代保管物品：请给出 --item（及 --sent-to），或 --returned。</translation>
        </message>
        <message>
            <source>Write the slip handed to the customer as a PDF, with a QR code of the number.</source>
            <translation>将交给顾客的回执写成 PDF，附投诉编号二维码。</translation>
        </message>
        <message>
            <source>The PDF file to write.</source>
            <translation>要写入的 PDF 文件。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Paper: a5 (default) or 80mm for receipt printers.</source>
            <translation>纸张：a5（默认），或小票打印机用的 80mm。</translation>
        </message>
        <message>
            <source>SIZE</source>
            <translation>尺寸</translation>
        </message>
        <message>
            <source>--pdf: required.</source>
            <translation>--pdf：必填。</translation>
        </message>
        <message>
            <source>--size: give a5 or 80mm.</source>
            <translation>--size：请填 a5 或 80mm。</translation>
        </message>
        <message>
            <source>Wrote the receipt of %1 to %2.</source>
            <translation>已将 %1 的回执写入 %2。</translation>
        </message>
        <message>
            <source>Make a general case major (supervisors and managers).</source>
            <translation>将一般投诉升级为重大投诉（主管和店长）。</translation>
        </message>
        <message>
            <source>Why the case is major.</source>
            <translation>为什么是重大投诉。</translation>
        </message>
        <message>
            <source>Close a resolved case (needs the resolution, the customer's satisfaction and the follow-up callback done).</source>
            <translation>对已解决的投诉结案（需要处理结果、顾客满意度，并已完成投诉回访）。</translation>
        </message>
        <message>
            <source>Close although the follow-up callback is not done (supervisors and managers; needs --reason).</source>
            <translation>未完成投诉回访也结案（主管和店长；需要 --reason）。</translation>
        </message>
        <message>
            <source>Why the case closes without the follow-up callback.</source>
            <translation>不经回访结案的原因。</translation>
        </message>
        <message>
            <source>--reason: only with --without-callback.</source>
            <translation>--reason：只能与 --without-callback 一起使用。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::CustomerCommand</name>
        <message>
            <source>--%1: use %2.</source>
            <translation>--%1：请使用 %2。</translation>
        </message>
        <message>
            <source>Create a customer file; phones are stored normalised (E.164).</source>
            <translation>新建客户档案；电话号码按 E.164 标准格式保存。</translation>
        </message>
        <message>
            <source>Customer's name.</source>
            <translation>客户姓名。</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>A phone number; repeat for several.</source>
            <translation>电话号码；可重复多次填写多个号码。</translation>
        </message>
        <message>
            <source>PHONE</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>f or m.</source>
            <translation>f（女）或 m（男）。</translation>
        </message>
        <message>
            <source>G</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Birthday, YYYY-MM-DD.</source>
            <translation>生日，格式 YYYY-MM-DD。</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>general or special.</source>
            <translation>general（一般）或 special（特殊）。</translation>
        </message>
        <message>
            <source>CATEGORY</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>normal, confidential or secret.</source>
            <translation>normal（普通）、confidential（机密）或 secret（绝密）。</translation>
        </message>
        <message>
            <source>LEVEL</source>
            <translation>级别</translation>
        </message>
        <message>
            <source>A tag (size, colour, ...); repeat for several.</source>
            <translation>标签（尺码、颜色等）；可重复多次。</translation>
        </message>
        <message>
            <source>TAG</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Address.</source>
            <translation>地址。</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>Company.</source>
            <translation>公司。</translation>
        </message>
        <message>
            <source>Free note.</source>
            <translation>备注。</translation>
        </message>
        <message>
            <source>When the customer takes calls, e.g. 18:00-21:00.</source>
            <translation>顾客方便接听电话的时间，如 18:00-21:00。</translation>
        </message>
        <message>
            <source>HH:MM-HH:MM</source>
            <translation>HH:MM-HH:MM</translation>
        </message>
        <message>
            <source>The customer declined calls: no callbacks are scheduled.</source>
            <translation>顾客不接受回访：不安排任何回访。</translation>
        </message>
        <message>
            <source>Create the file even if a phone is already on another file.</source>
            <translation>即使电话已在其他档案中，也新建档案。</translation>
        </message>
        <message>
            <source>--phone: at least one is required.</source>
            <translation>--phone：至少填写一个。</translation>
        </message>
        <message>
            <source>--birthday: write the date as YYYY-MM-DD.</source>
            <translation>--birthday：日期请写成 YYYY-MM-DD。</translation>
        </message>
        <message>
            <source>Created file %1 for %2.</source>
            <translation>已为 %2 建立档案 %1。</translation>
        </message>
        <message>
            <source>Show a customer's whole file; a protected file needs --reason and a role allowed to see it.</source>
            <translation>显示客户的完整档案；受保护的档案需要 --reason 并具有查阅权限。</translation>
        </message>
        <message>
            <source>Why you open a protected file (recorded).</source>
            <translation>查阅受保护档案的原因（会被记录）。</translation>
        </message>
        <message>
            <source>ID|FILE_NO: give one customer id or file number.</source>
            <translation>ID|FILE_NO：请给出一个客户编号或档案号。</translation>
        </message>
        <message>
            <source>Profit contribution: %1 lifetime, %2 in the last 12 months</source>
            <translation>利润贡献：累计 %1，近 12 个月 %2</translation>
        </message>
        <message>
            <source>Find customers by phone (full, partial or the last four digits), name in either script, address or note fragment, file number or receipt number; best match first.</source>
            <translation>按电话（完整、部分或尾号后四位）、简体或繁体姓名、地址或备注片段、档案编号或小票号查找客户；最匹配的在前。</translation>
        </message>
        <message>
            <source>At most this many results (default 20).</source>
            <translation>最多显示多少条结果（默认 20）。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>QUERY: say what to look for.</source>
            <translation>查询：请说明要找什么。</translation>
        </message>
        <message>
            <source>--limit: give a whole number from 1 to 200.</source>
            <translation>--limit：请给出 1 到 200 的整数。</translation>
        </message>
        <message>
            <source>No customer matches "%1".</source>
            <translation>没有与“%1”匹配的客户。</translation>
        </message>
        <message>
            <source>Record a purchase on a customer file, one --item per line.</source>
            <translation>在客户档案中登记一次购买，每件商品一个 --item。</translation>
        </message>
        <message>
            <source>Customer id or file number.</source>
            <translation>客户编号或档案编号。</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Receipt number.</source>
            <translation>小票号。</translation>
        </message>
        <message>
            <source>NO</source>
            <translation>号码</translation>
        </message>
        <message>
            <source>Purchase date, YYYY-MM-DD.</source>
            <translation>购买日期，格式 YYYY-MM-DD。</translation>
        </message>
        <message>
            <source>"NAME;QTY;UNIT_PRICE;UNIT_COST", prices in yuan; repeat for several.</source>
            <translation>“名称;数量;单价;单位成本”，金额以元计；可重复多次。</translation>
        </message>
        <message>
            <source>ITEM</source>
            <translation>商品</translation>
        </message>
        <message>
            <source>--date: write the date as YYYY-MM-DD.</source>
            <translation>--date：日期请写成 YYYY-MM-DD。</translation>
        </message>
        <message>
            <source>--item %1</source>
            <translation>--item 第 %1 项</translation>
        </message>
        <message>
            <source>%1: write NAME;QTY;UNIT_PRICE;UNIT_COST.</source>
            <translation>%1：请写成 名称;数量;单价;单位成本。</translation>
        </message>
        <message>
            <source>%1: the quantity is not a whole number.</source>
            <translation>%1：数量不是整数。</translation>
        </message>
        <message>
            <source>%1 price</source>
            <translation>%1 单价</translation>
        </message>
        <message>
            <source>%1 cost</source>
            <translation>%1 成本</translation>
        </message>
        <message>
            <source>Recorded receipt %1: %2.</source>
            <translation>已登记小票 %1：%2。</translation>
        </message>
        <message>
            <source>Write a conversation onto a customer's contact log.</source>
            <translation>把一次沟通记入客户的沟通记录。</translation>
        </message>
        <message>
            <source>phone, visit, sms, wechat, email or letter.</source>
            <translation>phone（电话）、visit（到店）、sms（短信）、wechat（微信）、email（邮件）或 letter（信函）。</translation>
        </message>
        <message>
            <source>CHANNEL</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>What was said.</source>
            <translation>沟通内容。</translation>
        </message>
        <message>
            <source>Added to the contact log.</source>
            <translation>已记入沟通记录。</translation>
        </message>
        <message>
            <source>Import customer files from CSV with a header row (Chinese or English column names). All or nothing: any bad line refuses the whole file and every bad line is reported.</source>
            <translation>从带表头（中文或英文列名）的 CSV 导入客户档案。全部成功才导入：任何一行有误都会拒绝整个文件，并列出所有有误的行。</translation>
        </message>
        <message>
            <source>auto (default), utf-8 or gb18030.</source>
            <translation>auto（默认，自动识别）、utf-8 或 gb18030。</translation>
        </message>
        <message>
            <source>ENC</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Check the file and report, without importing.</source>
            <translation>只检查文件并报告，不导入。</translation>
        </message>
        <message>
            <source>FILE: give one CSV file.</source>
            <translation>文件：请给出一个 CSV 文件。</translation>
        </message>
        <message>
            <source>--encoding: use auto, utf-8 or gb18030.</source>
            <translation>--encoding：请使用 auto、utf-8 或 gb18030。</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n line(s) need correcting.</source>
            <translation>
                <numerusform>未导入任何内容：有 %n 行需要更正。</numerusform>
            </translation>
        </message>
        <message>
            <source>Columns not imported: %1</source>
            <translation>未导入的列：%1</translation>
        </message>
        <message numerus="yes">
            <source>Dry run: all %n row(s) are good; nothing was written.</source>
            <translation>
                <numerusform>试运行：全部 %n 行均无误；未写入任何内容。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n customer file(s).</source>
            <translation>
                <numerusform>已导入 %n 份客户档案。</numerusform>
            </translation>
        </message>
        <message>
            <source>Export every customer file to CSV (UTF-8 with BOM, opens in Excel). Manager only; recorded in the audit log.</source>
            <translation>把全部客户档案导出为 CSV（带 BOM 的 UTF-8，可用 Excel 打开）。仅限店长；会记入审计日志。</translation>
        </message>
        <message>
            <source>FILE: give one file to write.</source>
            <translation>文件：请给出一个要写入的文件。</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n customer file(s).</source>
            <translation>
                <numerusform>已导出 %n 份客户档案。</numerusform>
            </translation>
        </message>
        <message>
            <source>Merge two files of the same person: everything of DROP moves onto KEEP (supervisor or manager). DROP's old name, address, company and note stay in its retired record until a manager runs customer erase on KEEP.</source>
            <translation>合并同一人的两份档案：DROP 的全部内容移到 KEEP 上（主管或店长）。DROP 原来的姓名、地址、单位和备注保留在其停用记录中，直到店长对 KEEP 执行 customer erase。</translation>
        </message>
        <message>
            <source>KEEP DROP: give the file to keep and the file to merge into it.</source>
            <translation>KEEP DROP：请给出要保留的档案和要并入的档案。</translation>
        </message>
        <message>
            <source>%1 is merged into %2. Its old name, address, company and note stay in its retired record; customer erase %2 removes them with the person.</source>
            <translation>%1 已并入 %2。其原来的姓名、地址、单位和备注保留在停用记录中；customer erase %2 会连同此人信息一并删除。</translation>
        </message>
        <message>
            <source>Erase a customer for good (manager): name, phones, address, notes and family go; the file number, purchases and complaints stay without the person. Audited.</source>
            <translation>彻底删除客户（店长）：姓名、电话、地址、备注和家庭成员全部删除；档案编号、购买记录和投诉保留，但不再包含此人信息。记入审计日志。</translation>
        </message>
        <message>
            <source>Why the file is erased (recorded).</source>
            <translation>删除该档案的原因（将记录在案）。</translation>
        </message>
        <message>
            <source>--reason: say why the file is erased.</source>
            <translation>--reason：请说明删除该档案的原因。</translation>
        </message>
        <message>
            <source>%1 is erased: the person is gone from the file, its purchases and complaints stay.</source>
            <translation>%1 已删除：档案中已不含此人信息，其购买记录和投诉保留。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::DemoCommand</name>
        <message>
            <source>Fill an empty store with realistic generated customers, complaints, compensation and callbacks (manager).</source>
            <translation>向空门店填入逼真的生成数据：客户、投诉、赔偿和回访（店长）。</translation>
        </message>
        <message>
            <source>How many customer files.</source>
            <translation>客户档案的数量。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>How many complaints over three years (default: half as many as customers).</source>
            <translation>三年内的投诉数量（默认：客户数的一半）。</translation>
        </message>
        <message>
            <source>The same seed gives the same store (default 20261201).</source>
            <translation>相同的种子生成相同的门店（默认 20261201）。</translation>
        </message>
        <message>
            <source>Read the demo staff's password from PATH (or env COUNTERCARE_NEW_PASSWORD); without one they get a random password a manager resets.</source>
            <translation>从 PATH 读取示范员工的密码（或环境变量 COUNTERCARE_NEW_PASSWORD）；未给出时使用随机密码，由店长重设。</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>路径</translation>
        </message>
        <message>
            <source>--customers: give a whole number, such as 100000.</source>
            <translation>--customers：请给出整数，例如 100000。</translation>
        </message>
        <message>
            <source>--complaints: give a whole number, such as 200000.</source>
            <translation>--complaints：请给出整数，例如 200000。</translation>
        </message>
        <message>
            <source>--seed: give a whole number.</source>
            <translation>--seed：请给出整数。</translation>
        </message>
        <message>
            <source>Demo data: %L1 customer files, %L2 purchases, %L3 complaints, %L4 compensations, %L5 callbacks and %L6 staff in %7 s.</source>
            <translation>示范数据：%L1 份客户档案、%L2 笔购买、%L3 宗投诉、%L4 笔赔偿、%L5 次回访和 %L6 名员工，用时 %7 秒。</translation>
        </message>
        <message>
            <source>COUNT</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>SEED</source>
            <translation>种子</translation>
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
            <source>Password for %1: </source>
            <translation>%1 的密码：</translation>
        </message>
        <message>
            <source>Created the store "%1" in %2 with the manager %3.</source>
            <translation>已在 %2 创建门店“%1”，店长为 %3。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::MonthlyReportCommand</name>
        <message>
            <source>Complaints of a month by category, severity, channel and status, with timeliness, satisfaction and compensation granted (supervisor, manager).</source>
            <translation>某月投诉按类别、严重程度、渠道和状态统计，含处理时效、满意度和已批赔偿（主管、店长）。</translation>
        </message>
        <message>
            <source>The month, such as 2026-11.</source>
            <translation>月份，例如 2026-11。</translation>
        </message>
        <message>
            <source>YYYY-MM</source>
            <translation>年-月</translation>
        </message>
        <message>
            <source>json or csv (default: text).</source>
            <translation>json 或 csv（默认：文本）。</translation>
        </message>
        <message>
            <source>FORMAT</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>--month: give a month such as 2026-11.</source>
            <translation>--month：请给出月份，例如 2026-11。</translation>
        </message>
        <message>
            <source>--format: use json or csv.</source>
            <translation>--format：请使用 json 或 csv。</translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln complaint(s).</source>
            <translation>
                <numerusform>%1：%Ln 宗投诉。</numerusform>
            </translation>
        </message>
        <message>
            <source>By category</source>
            <translation>按类别</translation>
        </message>
        <message>
            <source>By severity</source>
            <translation>按严重程度</translation>
        </message>
        <message>
            <source>By channel</source>
            <translation>按渠道</translation>
        </message>
        <message>
            <source>Status now</source>
            <translation>当前状态</translation>
        </message>
        <message>
            <source>Resolved on time: %1; late: %2.</source>
            <translation>按时处理：%1；逾期：%2。</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::ServerCommands</name>
        <message>
            <source>The role the counters connect as: it gets the rows of the store, and no right to change its schema.</source>
            <translation>各柜台连接时使用的角色：可读写门店数据，但无权改动数据库结构。</translation>
        </message>
        <message>
            <source>ROLE</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>%1 works on a server store: give --db postgresql://USER@HOST:PORT/DBNAME (a file store is made with init, and upgraded when it is opened).</source>
            <translation>%1 用于服务器上的门店：请给出 --db postgresql://用户@主机:端口/数据库名（文件门店用 init 创建，打开时自动升级）。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::ServerInitCommand</name>
        <message>
            <source>Create the schema and the first manager in an empty server database (run as the database's owner role).</source>
            <translation>在空的服务器数据库中建立数据结构和第一位店长（以数据库所有者角色运行）。</translation>
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
            <source>Password for %1: </source>
            <translation>%1 的密码：</translation>
        </message>
        <message>
            <source>Created the store "%1" on %2 with the manager %3.</source>
            <translation>已在 %2 创建门店“%1”，店长为 %3。</translation>
        </message>
        <message>
            <source>The counters connect as %1.</source>
            <translation>各柜台以 %1 连接。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::ServerUpgradeCommand</name>
        <message>
            <source>Apply the numbered migrations to a server store (run as the database's owner role); exit 3 if it is newer than this program.</source>
            <translation>对服务器上的门店执行编号迁移（以数据库所有者角色运行）；若其版本比本程序新，退出码为 3。</translation>
        </message>
        <message>
            <source>%1 is at schema %2.</source>
            <translation>%1 的数据结构版本为 %2。</translation>
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
        <name>cc::print::CompensationSlip</name>
        <message>
            <source>Compensation slip %1</source>
            <translation>补偿单 %1</translation>
        </message>
        <message>
            <source>Service hotline: %1</source>
            <translation>服务热线：%1</translation>
        </message>
        <message>
            <source>Compensation slip</source>
            <translation>补偿单</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>补偿内容</translation>
        </message>
        <message>
            <source>Asked for</source>
            <translation>申请金额</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>审批人</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>审批时间</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Show this slip at the service counter to receive what was granted.</source>
            <translation>请凭此单到服务台领取补偿。</translation>
        </message>
    </context>
    <context>
        <name>cc::print::ComplaintSlip</name>
        <message>
            <source>Service hotline: %1</source>
            <translation>服务热线：%1</translation>
        </message>
        <message>
            <source>Complaint receipt</source>
            <translation>投诉受理回执</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <source>Receipt no.</source>
            <translation>小票号</translation>
        </message>
        <message>
            <source>Bought on</source>
            <translation>购买日期</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <source>You asked for</source>
            <translation>您的诉求</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>投诉摘要</translation>
        </message>
        <message>
            <source>We keep</source>
            <translation>代保管物品</translation>
        </message>
        <message>
            <source>Reply by</source>
            <translation>答复时限</translation>
        </message>
        <message>
            <source>Resolve by</source>
            <translation>处理时限</translation>
        </message>
        <message>
            <source>Handled by</source>
            <translation>受理人</translation>
        </message>
        <message>
            <source>returned %1</source>
            <translation>已于 %1 归还</translation>
        </message>
        <message>
            <source>sent to %1</source>
            <translation>已送 %1</translation>
        </message>
        <message>
            <source>Show this code at the service counter when you come back.</source>
            <translation>再次来店时，请在服务台出示此码。</translation>
        </message>
        <message>
            <source>Please keep this slip until your complaint is settled.</source>
            <translation>投诉处理完毕前请妥善保管本回执。</translation>
        </message>
        <message>
            <source>Complaint receipt %1</source>
            <translation>投诉回执 %1</translation>
        </message>
        <message>
            <source>Received at</source>
            <translation>受理时间</translation>
        </message>
    </context>
    <context>
        <name>cc::print::Slip</name>
        <message>
            <source>PDF: cannot write "%1": %2</source>
            <translation>PDF：无法写入“%1”：%2</translation>
        </message>
        <message>
            <source>PDF: cannot write "%1".</source>
            <translation>PDF：无法写入“%1”。</translation>
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
        <message>
            <source>Callback rules</source>
            <translation>回访规则</translation>
        </message>
        <message>
            <source>Authority table</source>
            <translation>权限核决表</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>备份</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ApprovalsPage</name>
        <message>
            <source>No compensation is waiting for you.</source>
            <translation>没有等待你审批的补偿。</translation>
        </message>
        <message>
            <source>&amp;Approve…</source>
            <translation>批准(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Reject…</source>
            <translation>驳回(&amp;R)…</translation>
        </message>
        <message>
            <source>Re&amp;commend…</source>
            <translation>提出建议(&amp;C)…</translation>
        </message>
        <message>
            <source>Open &amp;case</source>
            <translation>打开投诉(&amp;C)</translation>
        </message>
        <message>
            <source>Approvals</source>
            <translation>审批</translation>
        </message>
        <message>
            <source>Approve, at the amount asked or less (Enter on the list)</source>
            <translation>按申请金额或更低金额批准（在列表上按回车）</translation>
        </message>
        <message>
            <source>Above your limit: give the manager your recommendation</source>
            <translation>超出你的权限：向店长提出建议</translation>
        </message>
        <message>
            <source>Waiting since</source>
            <translation>申请时间</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Requested by</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message numerus="yes">
            <source>%n request(s) waiting</source>
            <translation>
                <numerusform>%n 个申请待审批</numerusform>
            </translation>
        </message>
        <message>
            <source>The case:</source>
            <translation>投诉内容：</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>申请理由：</translation>
        </message>
        <message>
            <source>%1 asked; your limit for %2 is %3.</source>
            <translation>申请 %1；你对%2的权限：%3。</translation>
        </message>
        <message>
            <source>Only a %1 decides; you may recommend.</source>
            <translation>只能由%1审批，你可以提出建议。</translation>
        </message>
        <message>
            <source>Who decides</source>
            <translation>审批级别</translation>
        </message>
        <message>
            <source>%1 asked; you have no limit for %2.</source>
            <translation>申请 %1；你对%2的权限不限。</translation>
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
        <message>
            <source>%1 (identity %2)</source>
            <translation>%1（标识 %2）</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>被拒绝</translation>
        </message>
        <message>
            <source>Store details changed</source>
            <translation>门店信息已修改</translation>
        </message>
        <message>
            <source>Demo data filled in</source>
            <translation>已填入演示数据</translation>
        </message>
        <message>
            <source>Customer file added</source>
            <translation>新建客户档案</translation>
        </message>
        <message>
            <source>Customer file changed</source>
            <translation>修改客户档案</translation>
        </message>
        <message>
            <source>Customer erased</source>
            <translation>删除客户</translation>
        </message>
        <message>
            <source>Customer files exported</source>
            <translation>导出客户档案</translation>
        </message>
        <message>
            <source>Customer files imported</source>
            <translation>导入客户档案</translation>
        </message>
        <message>
            <source>Customer files merged</source>
            <translation>合并客户档案</translation>
        </message>
        <message>
            <source>Customer file opened</source>
            <translation>打开客户档案</translation>
        </message>
        <message>
            <source>Protected file shown</source>
            <translation>查看受保护档案</translation>
        </message>
        <message>
            <source>Contact noted</source>
            <translation>记录联系</translation>
        </message>
        <message>
            <source>Purchase added</source>
            <translation>添加购买记录</translation>
        </message>
        <message>
            <source>Complaint logged</source>
            <translation>登记投诉</translation>
        </message>
        <message>
            <source>Case assigned</source>
            <translation>指派投诉</translation>
        </message>
        <message>
            <source>Handling step ticked</source>
            <translation>勾选处理步骤</translation>
        </message>
        <message>
            <source>Compensation on the case</source>
            <translation>投诉涉及赔偿</translation>
        </message>
        <message>
            <source>Item taken into custody</source>
            <translation>代保管物品入库</translation>
        </message>
        <message>
            <source>Item returned</source>
            <translation>代保管物品已归还</translation>
        </message>
        <message>
            <source>Case escalated</source>
            <translation>投诉已上报</translation>
        </message>
        <message>
            <source>Note added</source>
            <translation>添加备注</translation>
        </message>
        <message>
            <source>Raised to major</source>
            <translation>升级为重大投诉</translation>
        </message>
        <message>
            <source>Compensation requested</source>
            <translation>申请赔偿</translation>
        </message>
        <message>
            <source>Compensation recommended</source>
            <translation>推荐赔偿</translation>
        </message>
        <message>
            <source>Compensation approved</source>
            <translation>批准赔偿</translation>
        </message>
        <message>
            <source>Compensation granted within own limit</source>
            <translation>在本人权限内给予赔偿</translation>
        </message>
        <message>
            <source>Compensation rejected</source>
            <translation>驳回赔偿</translation>
        </message>
        <message>
            <source>Callback arranged</source>
            <translation>安排回访</translation>
        </message>
        <message>
            <source>Callback assigned</source>
            <translation>指派回访</translation>
        </message>
        <message>
            <source>Callback cancelled</source>
            <translation>取消回访</translation>
        </message>
        <message>
            <source>Callback made</source>
            <translation>完成回访</translation>
        </message>
        <message>
            <source>Callbacks planned</source>
            <translation>生成回访计划</translation>
        </message>
        <message>
            <source>Callback not answered</source>
            <translation>回访未接通</translation>
        </message>
        <message>
            <source>Callback moved</source>
            <translation>回访改期</translation>
        </message>
        <message>
            <source>Holiday added</source>
            <translation>添加节假日</translation>
        </message>
        <message>
            <source>Holiday removed</source>
            <translation>删除节假日</translation>
        </message>
        <message>
            <source>Service interval set</source>
            <translation>设置保养周期</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>已备份</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>已从备份恢复</translation>
        </message>
        <message>
            <source>Case: %1</source>
            <translation>投诉：%1</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Compensation</source>
            <translation>赔偿</translation>
        </message>
        <message>
            <source>Callback</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>Callbacks</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>Holiday</source>
            <translation>节日</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>approved by</source>
            <translation>审批人</translation>
        </message>
        <message>
            <source>authority table</source>
            <translation>核决表版本</translation>
        </message>
        <message>
            <source>channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>comment</source>
            <translation>意见</translation>
        </message>
        <message>
            <source>complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>count</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>days</source>
            <translation>天数</translation>
        </message>
        <message>
            <source>file</source>
            <translation>档案</translation>
        </message>
        <message>
            <source>files</source>
            <translation>档案</translation>
        </message>
        <message>
            <source>granted</source>
            <translation>给予</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>made</source>
            <translation>生成</translation>
        </message>
        <message>
            <source>name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>receipt</source>
            <translation>小票</translation>
        </message>
        <message>
            <source>total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>what</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>where</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
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
        <name>cc::ui::AuthorityTab</name>
        <message>
            <source>Save the table</source>
            <translation>保存核决表</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>保存（Ctrl+S）</translation>
        </message>
        <message>
            <source>%1 may grant (¥)</source>
            <translation>%1权限（¥）</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>没有改动。</translation>
        </message>
        <message>
            <source>Saved as version %1.</source>
            <translation>已保存为第 %1 版。</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>Empty or "%1": no limit</source>
            <translation>留空或填“%1”表示不限</translation>
        </message>
        <message>
            <source>The most each role may grant alone, by kind (权限核决表). Version %1: each decision records the version it applied.</source>
            <translation>各角色按补偿类型可独自批准的上限（权限核决表）。当前为第 %1 版：每次审批都记录所依据的版本。</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::BackupList</name>
        <message>
            <source>Made</source>
            <translation>备份时间</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translation>清单</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>Checked when made</source>
            <translation>备份时已校验</translation>
        </message>
        <message>
            <source>No manifest</source>
            <translation>无清单</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::BackupsTab</name>
        <message>
            <source>Back up now</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <source>Restore the selected backup…</source>
            <translation>恢复选中的备份…</translation>
        </message>
        <message>
            <source>Automatic backups run on the first start of each day and on every exit. The folder keeps %1 daily, %2 weekly and %3 monthly copies; a USB stick or a second disk is safest.</source>
            <translation>每天第一次启动和每次退出时自动备份。文件夹保留 %1 份每日、%2 份每周和 %3 份每月备份；放在U盘或第二块硬盘上最安全。</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Use this folder</source>
            <translation>使用此文件夹</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>备份文件夹</translation>
        </message>
        <message>
            <source>Restore from a file…</source>
            <translation>从文件恢复…</translation>
        </message>
        <message>
            <source>Restore from a file</source>
            <translation>从文件恢复</translation>
        </message>
        <message>
            <source>CounterCare backups (*.sqlite);;All files (*)</source>
            <translation>CounterCare 备份 (*.sqlite);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Last good backup: %1</source>
            <translation>最近一次有效备份：%1</translation>
        </message>
        <message>
            <source>Backups now go to %1.</source>
            <translation>备份将保存到 %1。</translation>
        </message>
        <message>
            <source>Backed up: %1 (SHA-256 %2…).</source>
            <translation>已备份：%1（SHA-256 %2…）。</translation>
        </message>
        <message>
            <source>Restored from %1. The database as it was is kept in %2.</source>
            <translation>已从 %1 恢复。原数据库保存在 %2。</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>正在备份…</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CallbackDialog</name>
        <message>
            <source>Call made</source>
            <translation>回访完成</translation>
        </message>
        <message>
            <source>Record the call</source>
            <translation>记录回访</translation>
        </message>
        <message>
            <source>Ask</source>
            <translation>话术</translation>
        </message>
        <message>
            <source>What the customer said *</source>
            <translation>顾客的回答 *</translation>
        </message>
        <message>
            <source>e.g. The coat fits well; she asked how to dry-clean it.</source>
            <translation>例如：大衣很合身，顾客问了干洗方法。</translation>
        </message>
        <message>
            <source>Not asked</source>
            <translation>未询问</translation>
        </message>
        <message>
            <source>%1 of 5</source>
            <translation>%1 分（满分 5）</translation>
        </message>
        <message>
            <source>Customer's satisfaction</source>
            <translation>顾客满意度</translation>
        </message>
        <message>
            <source>Call at another time</source>
            <translation>改期回访</translation>
        </message>
        <message>
            <source>Move the call</source>
            <translation>改期</translation>
        </message>
        <message>
            <source>New time *</source>
            <translation>新的时间 *</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>e.g. She asked us to call after the weekend.</source>
            <translation>例如：顾客请我们周末后再打。</translation>
        </message>
        <message>
            <source>Cancel the call</source>
            <translation>取消回访</translation>
        </message>
        <message>
            <source>Reason *</source>
            <translation>原因 *</translation>
        </message>
        <message>
            <source>e.g. The customer is abroad for three months.</source>
            <translation>例如：顾客出国三个月。</translation>
        </message>
        <message>
            <source>Give the call to a colleague</source>
            <translation>把回访交给同事</translation>
        </message>
        <message>
            <source>Give the call</source>
            <translation>交给同事</translation>
        </message>
        <message>
            <source>To *</source>
            <translation>交给 *</translation>
        </message>
        <message>
            <source>Arrange a call</source>
            <translation>约定回访</translation>
        </message>
        <message>
            <source>Arrange the call</source>
            <translation>约定回访</translation>
        </message>
        <message>
            <source>When *</source>
            <translation>时间 *</translation>
        </message>
        <message>
            <source>About *</source>
            <translation>事项 *</translation>
        </message>
        <message>
            <source>e.g. Tell her when size 38 is back in stock.</source>
            <translation>例如：38 码到货后通知顾客。</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>回访</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CallbackListModel</name>
        <message>
            <source>%1 late</source>
            <translation>%1 已逾期</translation>
        </message>
        <message>
            <source>%1 (try %2)</source>
            <translation>%1（第 %2 次）</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>回访时间</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>回访人</translation>
        </message>
        <message>
            <source>Last note on the file</source>
            <translation>档案最新记录</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CallbackRulesTab</name>
        <message>
            <source>Birthday greetings (customers and their family)</source>
            <translation>生日问候（顾客及其家人）</translation>
        </message>
        <message>
            <source>Holiday greetings, on the holidays listed here</source>
            <translation>节日问候（右侧列出的节日）</translation>
        </message>
        <message>
            <source>Holiday</source>
            <translation>节日</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Product (or part of its name)</source>
            <translation>产品（或名称片段）</translation>
        </message>
        <message>
            <source>Every</source>
            <translation>间隔</translation>
        </message>
        <message>
            <source>When to call</source>
            <translation>何时回访</translation>
        </message>
        <message>
            <source>After a purchase, on days</source>
            <translation>购买后第</translation>
        </message>
        <message>
            <source>after the purchase</source>
            <translation>天</translation>
        </message>
        <message>
            <source>After a visit without purchase</source>
            <translation>到店未购后</translation>
        </message>
        <message>
            <source>days later</source>
            <translation>天后</translation>
        </message>
        <message>
            <source>After a complaint is resolved</source>
            <translation>投诉解决后</translation>
        </message>
        <message>
            <source>day(s) later (0: the same day)</source>
            <translation>天后（0 表示当天）</translation>
        </message>
        <message>
            <source>Calls are due at</source>
            <translation>回访时刻</translation>
        </message>
        <message>
            <source>Tries without an answer</source>
            <translation>无人接听时最多拨打</translation>
        </message>
        <message>
            <source>Customers who declined calls get none; customers with contact hours on their file are called within them.</source>
            <translation>不接受回访的顾客不安排回访；档案中写明接听时间的顾客，在其时间内回访。</translation>
        </message>
        <message>
            <source>Save rules</source>
            <translation>保存规则</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>保存（Ctrl+S）</translation>
        </message>
        <message>
            <source>Holidays</source>
            <translation>节日</translation>
        </message>
        <message>
            <source>e.g. Spring Festival</source>
            <translation>例如：春节</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Maintenance reminders</source>
            <translation>保养提醒</translation>
        </message>
        <message>
            <source>e.g. water purifier</source>
            <translation>例如：净水器</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved. Calls scheduled from now on follow these rules.</source>
            <translation>已保存。此后安排的回访按新规则执行。</translation>
        </message>
        <message>
            <source>Added %1 on %2.</source>
            <translation>已添加 %2 的%1。</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CallbacksPage</name>
        <message>
            <source>&amp;Give to…</source>
            <translation>交给同事(&amp;G)…</translation>
        </message>
        <message>
            <source>Open &amp;file</source>
            <translation>打开档案(&amp;F)</translation>
        </message>
        <message>
            <source>Callbacks</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>Whose calls to show</source>
            <translation>显示谁的回访</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>本周</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <source>Call &amp;made…</source>
            <translation>回访完成(&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;No answer</source>
            <translation>无人接听(&amp;N)</translation>
        </message>
        <message>
            <source>Cance&amp;l call…</source>
            <translation>取消回访(&amp;L)…</translation>
        </message>
        <message>
            <source>Record what the customer said (Enter on the list)</source>
            <translation>记录顾客的回答（在列表上按回车）</translation>
        </message>
        <message>
            <source>Nobody answered: try again tomorrow</source>
            <translation>无人接听：明天再打</translation>
        </message>
        <message>
            <source>My calls</source>
            <translation>我的回访</translation>
        </message>
        <message>
            <source>Everyone's calls</source>
            <translation>所有人的回访</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) today, %1 overdue</source>
            <translation>
                <numerusform>今天 %n 个回访，其中 %1 个逾期</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) today</source>
            <translation>
                <numerusform>今天 %n 个回访</numerusform>
            </translation>
        </message>
        <message>
            <source>No customers to call back today.</source>
            <translation>今天没有待回访的顾客。</translation>
        </message>
        <message numerus="yes">
            <source>Not answered %n time(s).</source>
            <translation>
                <numerusform>已 %n 次无人接听。</numerusform>
            </translation>
        </message>
        <message>
            <source>About:</source>
            <translation>事项：</translation>
        </message>
        <message>
            <source>Receipt:</source>
            <translation>小票：</translation>
        </message>
        <message>
            <source>Complaint:</source>
            <translation>投诉：</translation>
        </message>
        <message>
            <source>Birthday of:</source>
            <translation>寿星：</translation>
        </message>
        <message>
            <source>Holiday:</source>
            <translation>节日：</translation>
        </message>
        <message>
            <source>Product:</source>
            <translation>产品：</translation>
        </message>
        <message>
            <source>Last note on the file:</source>
            <translation>档案最新记录：</translation>
        </message>
        <message>
            <source>Caller: %1 · File %2</source>
            <translation>回访人：%1 · 档案 %2</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>无人接听</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n 个回访</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) in the next seven days</source>
            <translation>
                <numerusform>未来七天共 %n 个回访</numerusform>
            </translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>回访人</translation>
        </message>
        <message>
            <source>To call</source>
            <translation>待回访</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>今日到期</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>Done (30 days)</source>
            <translation>完成（30 天）</translation>
        </message>
        <message>
            <source>Missed (30 days)</source>
            <translation>未联系上（30 天）</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>准时率</translation>
        </message>
        <message>
            <source>On time: done by the end of the day it was due.</source>
            <translation>准时：在到期当天内完成。</translation>
        </message>
        <message>
            <source>La&amp;ter…</source>
            <translation>改期(&amp;T)…</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>正在统计…</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CaseActionDialog</name>
        <message>
            <source>Add a note</source>
            <translation>添加备注</translation>
        </message>
        <message>
            <source>Note *</source>
            <translation>内容 *</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>添加备注</translation>
        </message>
        <message>
            <source>What happened, who said what, what comes next.</source>
            <translation>发生了什么、谁说了什么、下一步做什么。</translation>
        </message>
        <message>
            <source>Report the major case</source>
            <translation>上报重大投诉</translation>
        </message>
        <message>
            <source>Who was told *</source>
            <translation>已报告给谁 *</translation>
        </message>
        <message>
            <source>Record the report</source>
            <translation>记录上报</translation>
        </message>
        <message>
            <source>e.g. Told the store manager by phone at 10:30; head office by e-mail.</source>
            <translation>例如：10:30 电话告知店长，并邮件报集团。</translation>
        </message>
        <message>
            <source>Raise to major</source>
            <translation>升级为重大投诉</translation>
        </message>
        <message>
            <source>Why it is major *</source>
            <translation>升级原因 *</translation>
        </message>
        <message>
            <source>e.g. The customer says she will go to the newspaper.</source>
            <translation>例如：顾客表示要找报社。</translation>
        </message>
        <message>
            <source>Resolve the case</source>
            <translation>处理完毕</translation>
        </message>
        <message>
            <source>Resolution *</source>
            <translation>处理结果 *</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>处理完毕</translation>
        </message>
        <message>
            <source>What was done for the customer.</source>
            <translation>为顾客做了什么。</translation>
        </message>
        <message>
            <source>Reopen the case</source>
            <translation>重新打开投诉</translation>
        </message>
        <message>
            <source>Reason *</source>
            <translation>原因 *</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>重新打开</translation>
        </message>
        <message>
            <source>Why the case is not settled after all.</source>
            <translation>为什么此投诉仍未解决。</translation>
        </message>
        <message>
            <source>Cancel the complaint</source>
            <translation>撤销投诉</translation>
        </message>
        <message>
            <source>e.g. The customer withdrew it at the counter.</source>
            <translation>例如：顾客在服务台撤回了投诉。</translation>
        </message>
        <message>
            <source>Assign the case</source>
            <translation>指派处理人</translation>
        </message>
        <message>
            <source>Handler *</source>
            <translation>处理人 *</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>指派</translation>
        </message>
        <message>
            <source>Keep an item for the case</source>
            <translation>登记代保管物品</translation>
        </message>
        <message>
            <source>Item *</source>
            <translation>物品 *</translation>
        </message>
        <message>
            <source>Record the item</source>
            <translation>登记物品</translation>
        </message>
        <message>
            <source>e.g. one pair of women's boots, size 38</source>
            <translation>例如：女靴一双，38码</translation>
        </message>
        <message>
            <source>e.g. heels blackened, otherwise as new</source>
            <translation>例如：鞋跟发黑，其余完好</translation>
        </message>
        <message>
            <source>e.g. technical department, manufacturer</source>
            <translation>例如：技术部、厂家</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>物品状况</translation>
        </message>
        <message>
            <source>Sent to</source>
            <translation>送交</translation>
        </message>
        <message>
            <source>Not asked yet</source>
            <translation>尚未询问</translation>
        </message>
        <message>
            <source>%1 of 5</source>
            <translation>%1 分（满分 5）</translation>
        </message>
        <message>
            <source>Declined to say</source>
            <translation>顾客不愿评价</translation>
        </message>
        <message>
            <source>Customer's satisfaction</source>
            <translation>顾客满意度</translation>
        </message>
        <message>
            <source>Close without the follow-up call</source>
            <translation>不经回访结案</translation>
        </message>
        <message>
            <source>Why *</source>
            <translation>原因 *</translation>
        </message>
        <message>
            <source>Close the case</source>
            <translation>结案</translation>
        </message>
        <message>
            <source>e.g. The customer asked not to be called again; she is satisfied.</source>
            <translation>例如：顾客表示满意，要求不要再打电话。</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CompensationDialog</name>
        <message>
            <source>Request compensation</source>
            <translation>申请补偿</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>申请</translation>
        </message>
        <message>
            <source>yuan, e.g. 300</source>
            <translation>元，如 300</translation>
        </message>
        <message>
            <source>Why the customer should be compensated.</source>
            <translation>为何给顾客补偿。</translation>
        </message>
        <message>
            <source>Kind *</source>
            <translation>类型 *</translation>
        </message>
        <message>
            <source>Amount ¥ *</source>
            <translation>金额 ¥ *</translation>
        </message>
        <message>
            <source>Reason *</source>
            <translation>原因 *</translation>
        </message>
        <message>
            <source>case %1, requested by %2</source>
            <translation>投诉 %1，申请人 %2</translation>
        </message>
        <message>
            <source>Approve compensation</source>
            <translation>批准补偿</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>Grant ¥ *</source>
            <translation>批准金额 ¥ *</translation>
        </message>
        <message>
            <source>e.g. Agreed: the coat had a fault; 200 is our rule.</source>
            <translation>例如：同意，大衣确有质量问题，按店规给 200 元。</translation>
        </message>
        <message>
            <source>Reject compensation</source>
            <translation>驳回补偿</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>驳回</translation>
        </message>
        <message>
            <source>e.g. Already exchanged for a new one.</source>
            <translation>例如：已为顾客换新，不再补偿。</translation>
        </message>
        <message>
            <source>Recommend to the manager</source>
            <translation>向店长提出建议</translation>
        </message>
        <message>
            <source>Recommend</source>
            <translation>提出建议</translation>
        </message>
        <message>
            <source>What you recommend, and why.</source>
            <translation>你的建议和理由。</translation>
        </message>
        <message>
            <source>Comment *</source>
            <translation>意见 *</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>Your limit for %1: %2.</source>
            <translation>你对%1的权限：%2。</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>You may grant up to %1 of this alone.</source>
            <translation>此类补偿你可独自批准 %1 以内。</translation>
        </message>
        <message>
            <source>Above every limit in the authority table.</source>
            <translation>超出权限核决表中所有人的权限。</translation>
        </message>
        <message>
            <source>Within your limit of %1: approved at once.</source>
            <translation>在你的权限（%1）以内：当即批准。</translation>
        </message>
        <message>
            <source>Above your limit of %1: a %2 decides, and the case waits.</source>
            <translation>超出你的权限（%1）：由%2审批，投诉等待审批。</translation>
        </message>
        <message>
            <source>Grant</source>
            <translation>批准金额</translation>
        </message>
        <message>
            <source>You have no limit for this: approved at once.</source>
            <translation>此类补偿你的权限不限：当即批准。</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ComplaintForm</name>
        <message>
            <source>Change</source>
            <translation>更换</translation>
        </message>
        <message>
            <source>Log complaint</source>
            <translation>登记投诉</translation>
        </message>
        <message>
            <source>New complaint</source>
            <translation>新投诉</translation>
        </message>
        <message>
            <source>Phone, last 4 digits, name or file number — Enter picks the best match</source>
            <translation>手机号、尾号4位、姓名或档案编号——按回车选最佳匹配</translation>
        </message>
        <message>
            <source>Name, for a new customer file</source>
            <translation>姓名（新建客户档案）</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>or a new customer:</source>
            <translation>或新顾客：</translation>
        </message>
        <message>
            <source>(not said)</source>
            <translation>（未说明）</translation>
        </message>
        <message>
            <source>Pick one of the customer's receipts, or type</source>
            <translation>从顾客的小票中选择，或直接输入</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>未填写</translation>
        </message>
        <message>
            <source>What happened, in the customer's words: what, when, who said what.</source>
            <translation>用顾客自己的话记录经过：什么事、什么时候、谁说了什么。</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>媒体</translation>
        </message>
        <message>
            <source>Regulator</source>
            <translation>监管部门</translation>
        </message>
        <message>
            <source>Group of 3+</source>
            <translation>3人以上集体</translation>
        </message>
        <message>
            <source>Manufacturer / head office</source>
            <translation>厂家 / 集团</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>安全事故</translation>
        </message>
        <message>
            <source>Any of these makes the complaint major: report it within 24 hours.</source>
            <translation>勾选任何一项即为重大投诉：须在 24 小时内上报。</translation>
        </message>
        <message>
            <source>Price ¥</source>
            <translation>价格 ¥</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Customer *</source>
            <translation>顾客 *</translation>
        </message>
        <message>
            <source>Type *</source>
            <translation>类型 *</translation>
        </message>
        <message>
            <source>What happened *</source>
            <translation>投诉经过 *</translation>
        </message>
        <message>
            <source>Customer wants</source>
            <translation>顾客诉求</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>小票</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <source>Bought on</source>
            <translation>购买日期</translation>
        </message>
        <message>
            <source>Staff involved</source>
            <translation>涉及员工</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>特殊情况</translation>
        </message>
        <message>
            <source>Received at</source>
            <translation>受理时间</translation>
        </message>
        <message>
            <source>Log the complaint and give it its number (Ctrl+S)</source>
            <translation>登记投诉并生成投诉编号（Ctrl+S）</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>放弃</translation>
        </message>
        <message>
            <source>Throw away what was typed</source>
            <translation>丢弃已输入的内容</translation>
        </message>
        <message>
            <source>Back to the list</source>
            <translation>返回列表</translation>
        </message>
        <message>
            <source>The draft is kept (Esc)</source>
            <translation>草稿会保留（Esc）</translation>
        </message>
        <message>
            <source>(nobody named)</source>
            <translation>（未涉及具体员工）</translation>
        </message>
        <message>
            <source>Your unsaved complaint from %1 is back, as you left it. Log it, or discard it.</source>
            <translation>您在 %1 未保存的投诉已原样恢复。请登记，或放弃。</translation>
        </message>
        <message>
            <source>No customer found — type a name and phone for a new file below.</source>
            <translation>未找到顾客——请在下方输入姓名和电话新建档案。</translation>
        </message>
        <message>
            <source>The draft could not be kept: %1</source>
            <translation>草稿未能保存：%1</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <source>What happened: write what happened, in the customer's words.</source>
            <translation>投诉经过：请用顾客自己的话写下发生了什么。</translation>
        </message>
        <message>
            <source>Customer: find the customer, or give a name and phone for a new file.</source>
            <translation>顾客：请查找顾客，或填写姓名和电话新建档案。</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ComplaintListModel</name>
        <message>
            <source>Major, not reported</source>
            <translation>重大，未上报</translation>
        </message>
        <message>
            <source>(unassigned)</source>
            <translation>（未指派）</translation>
        </message>
        <message>
            <source>replied</source>
            <translation>已答复</translation>
        </message>
        <message>
            <source>%1 late</source>
            <translation>%1 已逾期</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>级别</translation>
        </message>
        <message>
            <source>Handler</source>
            <translation>处理人</translation>
        </message>
        <message>
            <source>Reply by</source>
            <translation>答复时限</translation>
        </message>
        <message>
            <source>Resolve by</source>
            <translation>处理时限</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ComplaintView</name>
        <message>
            <source>media</source>
            <translation>媒体</translation>
        </message>
        <message>
            <source>regulator</source>
            <translation>监管部门</translation>
        </message>
        <message>
            <source>group of three or more</source>
            <translation>3人以上集体投诉</translation>
        </message>
        <message>
            <source>manufacturer / head office</source>
            <translation>厂家 / 集团</translation>
        </message>
        <message>
            <source>safety</source>
            <translation>安全事故</translation>
        </message>
        <message>
            <source>Complaint received</source>
            <translation>受理投诉</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>状态：%1</translation>
        </message>
        <message>
            <source>Reported as a major case</source>
            <translation>已作为重大投诉上报</translation>
        </message>
        <message>
            <source>Assignment</source>
            <translation>指派</translation>
        </message>
        <message>
            <source>Items in custody</source>
            <translation>代保管物品</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Start handling</source>
            <translation>开始处理</translation>
        </message>
        <message>
            <source>Add note…</source>
            <translation>添加备注…</translation>
        </message>
        <message>
            <source>Keep an item…</source>
            <translation>代保管物品…</translation>
        </message>
        <message>
            <source>Items returned</source>
            <translation>物品已归还</translation>
        </message>
        <message>
            <source>Report major case…</source>
            <translation>上报重大投诉…</translation>
        </message>
        <message>
            <source>Raise to major…</source>
            <translation>升级为重大…</translation>
        </message>
        <message>
            <source>Assign…</source>
            <translation>指派…</translation>
        </message>
        <message>
            <source>Resolve…</source>
            <translation>处理完毕…</translation>
        </message>
        <message>
            <source>Close case</source>
            <translation>结案</translation>
        </message>
        <message>
            <source>Reopen…</source>
            <translation>重新打开…</translation>
        </message>
        <message>
            <source>Cancel complaint…</source>
            <translation>撤销投诉…</translation>
        </message>
        <message>
            <source>Print receipt</source>
            <translation>打印回执</translation>
        </message>
        <message>
            <source>Customer file</source>
            <translation>客户档案</translation>
        </message>
        <message>
            <source>Print the customer's receipt slip (Ctrl+P)</source>
            <translation>打印给顾客的回执（Ctrl+P）</translation>
        </message>
        <message>
            <source>Print on A5</source>
            <translation>用 A5 纸打印</translation>
        </message>
        <message>
            <source>Print on the 80 mm receipt printer</source>
            <translation>用 80 毫米小票打印机打印</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>另存为 PDF…</translation>
        </message>
        <message>
            <source>The complaint</source>
            <translation>投诉内容</translation>
        </message>
        <message>
            <source>In the customer's words:</source>
            <translation>顾客原话：</translation>
        </message>
        <message>
            <source>Service promise</source>
            <translation>服务承诺</translation>
        </message>
        <message>
            <source>Five clears</source>
            <translation>五清</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>处理经过</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>小票</translation>
        </message>
        <message>
            <source>Bought on</source>
            <translation>购买日期</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <source>Wants</source>
            <translation>诉求</translation>
        </message>
        <message>
            <source>Staff involved</source>
            <translation>涉及员工</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>特殊情况</translation>
        </message>
        <message>
            <source>Major because</source>
            <translation>重大原因</translation>
        </message>
        <message>
            <source>Handler</source>
            <translation>处理人</translation>
        </message>
        <message>
            <source>(unassigned)</source>
            <translation>（未指派）</translation>
        </message>
        <message>
            <source>sent to %1</source>
            <translation>已送 %1</translation>
        </message>
        <message>
            <source>returned %1</source>
            <translation>已于 %1 归还</translation>
        </message>
        <message>
            <source>held since %1</source>
            <translation>自 %1 起保管</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>代保管</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <source>declined to say</source>
            <translation>顾客不愿评价</translation>
        </message>
        <message>
            <source>%1 of 5</source>
            <translation>%1 分（满分 5）</translation>
        </message>
        <message>
            <source>%1: %2 (done)</source>
            <translation>%1：%2（已完成）</translation>
        </message>
        <message>
            <source>%1: %2 — late</source>
            <translation>%1：%2——已逾期</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Received: %1</source>
            <translation>受理时间：%1</translation>
        </message>
        <message>
            <source>Reply by</source>
            <translation>答复时限</translation>
        </message>
        <message>
            <source>Resolve by</source>
            <translation>处理时限</translation>
        </message>
        <message>
            <source>Reported: %1</source>
            <translation>已上报：%1</translation>
        </message>
        <message>
            <source>Report by</source>
            <translation>上报时限</translation>
        </message>
        <message>
            <source>Complaint receipt %1</source>
            <translation>投诉回执 %1</translation>
        </message>
        <message>
            <source>The printer could not be opened.</source>
            <translation>无法打开打印机。</translation>
        </message>
        <message>
            <source>Save the receipt as PDF</source>
            <translation>将回执保存为 PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved the receipt to %1.</source>
            <translation>回执已保存到 %1。</translation>
        </message>
        <message>
            <source>Close without the call…</source>
            <translation>不经回访结案…</translation>
        </message>
        <message>
            <source>Close although the follow-up call is not done, saying why</source>
            <translation>未完成投诉回访也结案，需写明原因</translation>
        </message>
        <message>
            <source>Compensation…</source>
            <translation>补偿…</translation>
        </message>
        <message>
            <source>%1 — waiting for a %2</source>
            <translation>%1 — 等待%2审批</translation>
        </message>
        <message>
            <source>%1 — %2 granted by %3</source>
            <translation>%1 — %3 批准 %2</translation>
        </message>
        <message>
            <source>%1 — rejected by %2</source>
            <translation>%1 — 被 %2 驳回</translation>
        </message>
        <message>
            <source>Compensation</source>
            <translation>赔偿</translation>
        </message>
        <message>
            <source>Print the compensation slip: %1 %2</source>
            <translation>打印补偿单：%1 %2</translation>
        </message>
        <message>
            <source>Compensation slip %1</source>
            <translation>补偿单 %1</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ComplaintsPage</name>
        <message>
            <source>Complaints</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>New complaint</source>
            <translation>新投诉</translation>
        </message>
        <message>
            <source>Log a new complaint (Ctrl+N)</source>
            <translation>登记新投诉（Ctrl+N）</translation>
        </message>
        <message>
            <source>My cases</source>
            <translation>我的投诉</translation>
        </message>
        <message>
            <source>All open</source>
            <translation>全部未结</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>今日到期</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>All recent</source>
            <translation>最近全部</translation>
        </message>
        <message>
            <source>← Back to the list</source>
            <translation>← 返回列表</translation>
        </message>
        <message>
            <source>Back to the list (Esc)</source>
            <translation>返回列表（Esc）</translation>
        </message>
        <message>
            <source>You have no open cases. New complaints: Ctrl+N.</source>
            <translation>您没有未结的投诉。登记新投诉：Ctrl+N。</translation>
        </message>
        <message>
            <source>No open complaints.</source>
            <translation>没有未结的投诉。</translation>
        </message>
        <message>
            <source>No reply or resolution is due today.</source>
            <translation>今天没有到期的答复或处理。</translation>
        </message>
        <message>
            <source>Nothing is overdue: every promise is being kept.</source>
            <translation>没有逾期的投诉：每一项承诺都在兑现。</translation>
        </message>
        <message>
            <source>No complaints yet.</source>
            <translation>还没有投诉。</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 cases shown; more as you scroll</source>
            <translation>已显示 %1 宗投诉，向下滚动显示更多</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ContactDialog</name>
        <message>
            <source>Record a conversation</source>
            <translation>记录沟通</translation>
        </message>
        <message>
            <source>What did the customer ask, and what did you answer?</source>
            <translation>顾客问了什么？您是怎么答复的？</translation>
        </message>
        <message>
            <source>Record conversation</source>
            <translation>记录沟通</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Note *</source>
            <translation>内容 *</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CustomerDialog</name>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Create file</source>
            <translation>建立档案</translation>
        </message>
        <message>
            <source>New customer file</source>
            <translation>新建客户档案</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>未填写</translation>
        </message>
        <message>
            <source>e.g. 138 0013 8000</source>
            <translation>例如：138 0013 8000</translation>
        </message>
        <message>
            <source>with area code, e.g. 0755 8888 6666</source>
            <translation>需带区号，例如：0755 8888 6666</translation>
        </message>
        <message>
            <source>separate with commas: 38码, 喜欢黑色</source>
            <translation>用逗号分隔：38码, 喜欢黑色</translation>
        </message>
        <message>
            <source>sizes, colours, favourite products, best time to call</source>
            <translation>尺码、颜色、喜爱的商品、方便联系的时间</translation>
        </message>
        <message>
            <source>e.g. walk-in, friend's referral, online</source>
            <translation>例如：到店、朋友介绍、网络</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>姓名 *</translation>
        </message>
        <message>
            <source>Mobile *</source>
            <translation>手机 *</translation>
        </message>
        <message>
            <source>Home phone</source>
            <translation>家庭电话</translation>
        </message>
        <message>
            <source>Office phone</source>
            <translation>单位电话</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>保密级别</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>偏好</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>信息来源</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Create the file (Ctrl+S)</source>
            <translation>建立档案（Ctrl+S）</translation>
        </message>
        <message>
            <source>Name: required.</source>
            <translation>姓名：必须填写。</translation>
        </message>
        <message>
            <source>Same phone number</source>
            <translation>电话号码相同</translation>
        </message>
        <message>
            <source>This number is already on file %1 (%2). Is it the same customer?</source>
            <translation>这个号码已在档案 %1（%2）中。是同一位顾客吗？</translation>
        </message>
        <message>
            <source>Open %1</source>
            <translation>打开 %1</translation>
        </message>
        <message>
            <source>Create a new file anyway</source>
            <translation>仍然新建档案</translation>
        </message>
        <message>
            <source>Family member</source>
            <translation>家庭成员</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>关系</translation>
        </message>
        <message>
            <source>Birthday (YYYY-MM-DD)</source>
            <translation>生日（YYYY-MM-DD）</translation>
        </message>
        <message>
            <source>why the customer stopped buying</source>
            <translation>客户为什么不再购买</translation>
        </message>
        <message>
            <source>Loyalty stage</source>
            <translation>忠诚度阶段</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Reason lost</source>
            <translation>流失原因</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Edit file %1</source>
            <translation>编辑档案 %1</translation>
        </message>
        <message>
            <source>Save file</source>
            <translation>保存档案</translation>
        </message>
        <message>
            <source>Save the file (Ctrl+S)</source>
            <translation>保存档案（Ctrl+S）</translation>
        </message>
        <message>
            <source>Declined calls: schedule no callbacks</source>
            <translation>不接受回访：不安排任何回访</translation>
        </message>
        <message>
            <source>Takes calls</source>
            <translation>接听时间</translation>
        </message>
        <message>
            <source>Declined calls</source>
            <translation>不接受回访</translation>
        </message>
        <message>
            <source>e.g. 18:00-21:00</source>
            <translation>例如 18:00-21:00</translation>
        </message>
        <message>
            <source>When the customer takes calls; empty means any time</source>
            <translation>顾客方便接听电话的时间；不填表示任何时间</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CustomerMatchModel</name>
        <message>
            <source>%1 (protected)</source>
            <translation>%1（受保护）</translation>
        </message>
        <message>
            <source>File no.</source>
            <translation>档案编号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>等级</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CustomerTimelineModel</name>
        <message>
            <source>Purchase</source>
            <translation>购买</translation>
        </message>
        <message>
            <source>Receipt %1: %2</source>
            <translation>小票 %1：%2</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>By</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>Major complaint</source>
            <translation>重大投诉</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Callback to make</source>
            <translation>待回访</translation>
        </message>
        <message>
            <source>granted %1</source>
            <translation>批准 %1</translation>
        </message>
        <message>
            <source>Compensation</source>
            <translation>赔偿</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CustomerView</name>
        <message>
            <source>Record &amp;purchase…</source>
            <translation>记录购买(&amp;P)…</translation>
        </message>
        <message>
            <source>Record &amp;conversation…</source>
            <translation>记录沟通(&amp;C)…</translation>
        </message>
        <message>
            <source>Record a purchase on this file (Alt+P)</source>
            <translation>在此档案中登记一次购买（Alt+P）</translation>
        </message>
        <message>
            <source>Write what was said onto the contact log (Alt+C)</source>
            <translation>把沟通内容记入沟通记录（Alt+C）</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>购买</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>沟通</translation>
        </message>
        <message>
            <source>Find a customer with the search box above (F2): a phone number, its last four digits, a name, a file or receipt number.

No file yet? Create one with Ctrl+Shift+N.</source>
            <translation>用上方的搜索框查找客户（F2）：手机号、尾号后四位、姓名、档案编号或小票号。

还没有档案？按 Ctrl+Shift+N 新建。</translation>
        </message>
        <message>
            <source>History</source>
            <translation>往来记录</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <source>%1 file: do not share its contents.</source>
            <translation>%1档案：不得泄露其内容。</translation>
        </message>
        <message>
            <source>Birthday this week (%1).</source>
            <translation>本周生日（%1）。</translation>
        </message>
        <message>
            <source>%1's birthday this week.</source>
            <translation>%1 本周生日。</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>偏好</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>&lt;b&gt;Profit contribution&lt;/b&gt;&lt;br&gt;Lifetime: %1&lt;br&gt;Last 12 months: %2&lt;br&gt;Purchases: %3 · %4 in all</source>
            <translation>&lt;b&gt;利润贡献&lt;/b&gt;&lt;br&gt;累计：%1&lt;br&gt;近 12 个月：%2&lt;br&gt;购买：%3 次 · 共 %4</translation>
        </message>
        <message>
            <source>&amp;Edit file…</source>
            <translation>编辑档案(&amp;E)…</translation>
        </message>
        <message>
            <source>Add to or correct this file (Alt+E)</source>
            <translation>补充或更正此档案（Alt+E）</translation>
        </message>
        <message numerus="yes">
            <source>%n open complaint(s).</source>
            <translation>
                <numerusform>有 %n 件未结投诉。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Has complained %n times.</source>
            <translation>
                <numerusform>已投诉 %n 次。</numerusform>
            </translation>
        </message>
        <message>
            <source>Arrange a ca&amp;ll…</source>
            <translation>约定回访(&amp;L)…</translation>
        </message>
        <message>
            <source>Put a call to this customer on your call list (Alt+L)</source>
            <translation>把给这位顾客的回访加入你的回访清单（Alt+L）</translation>
        </message>
        <message>
            <source>Takes calls</source>
            <translation>接听时间</translation>
        </message>
        <message>
            <source>no — declined calls</source>
            <translation>不接受回访</translation>
        </message>
        <message>
            <source>any time</source>
            <translation>任何时间</translation>
        </message>
        <message>
            <source>Next call</source>
            <translation>下次回访</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CustomersPage</name>
        <message>
            <source>New customer file…</source>
            <translation>新建客户档案…</translation>
        </message>
        <message>
            <source>Create a customer file (Ctrl+Shift+N)</source>
            <translation>新建客户档案（Ctrl+Shift+N）</translation>
        </message>
        <message>
            <source>Type in the search box above to find customers.</source>
            <translation>在上方搜索框输入内容查找客户。</translation>
        </message>
        <message>
            <source>No customer matches "%1". Create a new file with Ctrl+Shift+N.</source>
            <translation>没有与“%1”匹配的客户。按 Ctrl+Shift+N 新建档案。</translation>
        </message>
        <message numerus="yes">
            <source>%n customer(s) found, best match first.</source>
            <translation>
                <numerusform>找到 %n 位客户，最匹配的在前。</numerusform>
            </translation>
        </message>
        <message>
            <source>Protected customer file</source>
            <translation>受保护的客户档案</translation>
        </message>
        <message>
            <source>This file is protected. Why do you open it? (recorded)</source>
            <translation>此档案受保护。请说明查阅原因（会被记录）：</translation>
        </message>
        <message>
            <source>Customer file</source>
            <translation>客户档案</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>导入…</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n customer file(s).</source>
            <translation>
                <numerusform>已导入 %n 份客户档案。</numerusform>
            </translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>Export customer files</source>
            <translation>导出客户档案</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n customer file(s).</source>
            <translation>
                <numerusform>已导出 %n 份客户档案。</numerusform>
            </translation>
        </message>
        <message>
            <source>The first %1 of more than %1 customers, best match first: type more of the number or the name to narrow it.</source>
            <translation>显示前 %1 位（共超过 %1 位客户），最匹配的在前：请多输入几位号码或姓名以缩小范围。</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::DamagedStoreDialog</name>
        <message>
            <source>Restore the selected backup</source>
            <translation>恢复选中的备份</translation>
        </message>
        <message>
            <source>Open read-only to rescue data</source>
            <translation>只读打开以抢救数据</translation>
        </message>
        <message>
            <source>CounterCare cannot use its database</source>
            <translation>CounterCare 无法使用数据库</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>数据库已损坏</translation>
        </message>
        <message>
            <source>The database file cannot be used</source>
            <translation>数据库文件无法使用</translation>
        </message>
        <message>
            <source>CounterCare will not write to this file. Restore the newest good backup (the damaged file is kept aside, untouched), or open it read-only to look up and export what can still be read. A manager of the backup signs the restore.</source>
            <translation>CounterCare 不会写入这个文件。请恢复最新的有效备份（损坏的文件会原样另存），或以只读方式打开，查阅并导出还能读取的数据。恢复需由备份中的店长签名确认。</translation>
        </message>
        <message>
            <source>No backups were found in %1. Choose a backup file, for example on the USB stick.</source>
            <translation>在 %1 中没有找到备份。请选择备份文件，例如U盘上的。</translation>
        </message>
        <message>
            <source>Backups found (newest first):</source>
            <translation>找到的备份（最新的在前）：</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>店长</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Choose a backup file…</source>
            <translation>选择备份文件…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <translation>选择备份文件</translation>
        </message>
        <message>
            <source>CounterCare backups (*.sqlite);;All files (*)</source>
            <translation>CounterCare 备份 (*.sqlite);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Manager: type the name of a manager of the backup.</source>
            <translation>店长：请输入备份中店长的用户名。</translation>
        </message>
        <message>
            <source>Restore a backup without its manifest?</source>
            <translation>恢复没有清单文件的备份？</translation>
        </message>
        <message>
            <source>%1 has no manifest (%2). Only the file's integrity can be checked: nothing shows that its customers, complaints and audit entries are as they were when the backup was made. The audit log will say that it was restored unverified.</source>
            <translation>%1 没有清单文件（%2）。只能检查文件本身是否完整：无法证明其中的客户档案、投诉和审计记录与备份时一致。审计日志会记下这次是未经核对的恢复。</translation>
        </message>
        <message>
            <source>Restore it unverified</source>
            <translation>仍然恢复（未经核对）</translation>
        </message>
        <message>
            <source>Nothing was restored.</source>
            <translation>未做任何恢复。</translation>
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
        <message numerus="yes">
            <source>%n call(s) to make, %1 overdue</source>
            <translation>
                <numerusform>待回访 %n 个，其中 %1 个逾期</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) to make</source>
            <translation>
                <numerusform>待回访 %n 个</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n complaint(s) overdue</source>
            <translation>
                <numerusform>%n 个投诉逾期</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n compensation request(s) to decide</source>
            <translation>
                <numerusform>%n 个补偿申请待审批</numerusform>
            </translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>只读</translation>
        </message>
        <message>
            <source>On a network share</source>
            <translation>在网络共享上</translation>
        </message>
        <message>
            <source>Last good backup %1</source>
            <translation>最近一次有效备份 %1</translation>
        </message>
        <message>
            <source>No backup yet</source>
            <translation>尚无备份</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>已损坏</translation>
        </message>
        <message>
            <source>Being checked</source>
            <translation>正在检查</translation>
        </message>
        <message>
            <source>Nothing more is saved to it. Close the counter to restore a backup.</source>
            <translation>不再向其中保存任何内容。请关闭柜台，从备份恢复。</translation>
        </message>
        <message>
            <source>My calls today</source>
            <translation>我今天的回访</translation>
        </message>
        <message>
            <source>My open cases</source>
            <translation>我未结的投诉</translation>
        </message>
        <message>
            <source>Waiting on me</source>
            <translation>等我处理</translation>
        </message>
        <message>
            <source>%1 %2 · %3%4</source>
            <translation>%1 %2 · %3%4</translation>
        </message>
        <message>
            <source> · late</source>
            <translation> · 已逾期</translation>
        </message>
        <message>
            <source>Enter: make this call</source>
            <translation>回车：开始这次回访</translation>
        </message>
        <message>
            <source>No calls left for today.</source>
            <translation>今天没有待回访的客户了。</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%2 前%1</translation>
        </message>
        <message>
            <source>reply</source>
            <translation>答复</translation>
        </message>
        <message>
            <source>resolve</source>
            <translation>处理完毕</translation>
        </message>
        <message>
            <source> · overdue</source>
            <translation> · 已超时</translation>
        </message>
        <message>
            <source>%1 · %2 waits for your first reply</source>
            <translation>%1 · %2 等待您的首次答复</translation>
        </message>
        <message>
            <source>No open cases. New complaint: Ctrl+N.</source>
            <translation>没有未结的投诉。新投诉：Ctrl+N。</translation>
        </message>
        <message>
            <source>%1 · %2 %3 to decide, asked by %4</source>
            <translation>%1 · %2 %3 待审批，申请人 %4</translation>
        </message>
        <message>
            <source>Nothing waits on you.</source>
            <translation>暂无等您处理的事项。</translation>
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
        <name>cc::ui::ExitBackup</name>
        <message>
            <source>CounterCare</source>
            <translation>CounterCare 柜台客服</translation>
        </message>
        <message>
            <source>Backing up before CounterCare closes…</source>
            <translation>CounterCare 关闭前正在备份…</translation>
        </message>
        <message>
            <source>Every exit leaves a checked copy of the store in the backup folder. A large store takes a few minutes; please do not switch the computer off.</source>
            <translation>每次退出都会在备份文件夹中留下一份经过检查的数据副本。数据量大时需要几分钟，请不要关闭电脑。</translation>
        </message>
        <message>
            <source>Skip this backup</source>
            <translation>跳过本次备份</translation>
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
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>保存（Ctrl+S）</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ImportDialog</name>
        <message>
            <source>Check file</source>
            <translation>检查文件</translation>
        </message>
        <message>
            <source>Import customers</source>
            <translation>导入客户</translation>
        </message>
        <message>
            <source>Import customer files</source>
            <translation>导入客户档案</translation>
        </message>
        <message>
            <source>Detect automatically</source>
            <translation>自动识别</translation>
        </message>
        <message>
            <source>GB18030 (Excel in China)</source>
            <translation>GB18030（中文版 Excel）</translation>
        </message>
        <message>
            <source>A CSV file with a header row: 姓名 / name and 手机 / 电话 / phone are required; 性别, 生日, 地址, 公司, 标签, 来源, 备注 are read when present. Nothing is imported unless every line is good.</source>
            <translation>带表头的 CSV 文件：必须有“姓名”和“手机/电话”列；如有“性别、生日、地址、公司、标签、来源、备注”列也会读取。只有每一行都无误时才会导入。</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Encoding</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Choose a CSV file</source>
            <translation>选择 CSV 文件</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) need correcting; nothing can be imported until the file is fixed.</source>
            <translation>
                <numerusform>有 %n 行需要更正；改好文件之前不能导入。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n row(s) are good and ready to import.</source>
            <translation>
                <numerusform>全部 %n 行均无误，可以导入。</numerusform>
            </translation>
        </message>
        <message>
            <source>Columns not imported: %1</source>
            <translation>未导入的列：%1</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <translation>正在检查文件…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::JobProgress</name>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>正在停止…</translation>
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
        <message>
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Find a customer: phone, last 4 digits, name, file or receipt number; or a complaint number (F2)</source>
            <translation>查找顾客：手机号、尾号4位、姓名、档案编号或小票号；或投诉编号（F2）</translation>
        </message>
        <message>
            <source>Complaints (%1)</source>
            <translation>投诉 (%1)</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>投诉</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) overdue</source>
            <translation>
                <numerusform>%n 件逾期</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;table cellpadding='3'&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2 / Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Find a customer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open the best match&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New complaint (for the customer on screen)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New customer file&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Print the complaint receipt&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save the form&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lock the screen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Refresh the page&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Close a dialog (asks before anything typed is lost)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
            <translation>&lt;table cellpadding='3'&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2 / Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;查找顾客&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;打开最佳匹配&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;新投诉（针对屏幕上的顾客）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;新建客户档案&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;打印投诉回执&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;保存表单&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;锁定屏幕&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;刷新页面&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;退出&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;关闭对话框（会先确认，已输入的内容不会悄悄丢失）&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
        </message>
        <message>
            <source>Callbacks (%1)</source>
            <translation>回访 (%1)</translation>
        </message>
        <message>
            <source>Callbacks</source>
            <translation>回访</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) to make today</source>
            <translation>
                <numerusform>今天要打 %n 个回访电话</numerusform>
            </translation>
        </message>
        <message>
            <source>Approvals (%1)</source>
            <translation>审批 (%1)</translation>
        </message>
        <message>
            <source>Approvals</source>
            <translation>审批</translation>
        </message>
        <message numerus="yes">
            <source>%n request(s) waiting for a decision</source>
            <translation>
                <numerusform>%n 个申请待审批</numerusform>
            </translation>
        </message>
        <message>
            <source>Read-only: this database is open to rescue data. Nothing can be saved; look up and export what you need, then restore a backup.</source>
            <translation>只读：此数据库仅为抢救数据而打开，无法保存任何内容；请查阅并导出所需资料，然后恢复备份。</translation>
        </message>
        <message>
            <source>The database was restored from a backup. Sign in again.</source>
            <translation>数据库已从备份恢复，请重新登录。</translation>
        </message>
        <message>
            <source>Database: read-only</source>
            <translation>数据库：只读</translation>
        </message>
        <message>
            <source>Last backup: %1</source>
            <translation>最近备份：%1</translation>
        </message>
        <message>
            <source>No backup yet</source>
            <translation>尚无备份</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <source>Database: damaged</source>
            <translation>数据库：已损坏</translation>
        </message>
        <message>
            <source>Database: being checked</source>
            <translation>数据库：正在检查</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>数据库已损坏</translation>
        </message>
        <message>
            <source>Today's check of the database file found it damaged. So that the damage does not spread, nothing more is saved to it: saving now fails.

What is on screen stays until the counter is closed; note down anything not yet saved. When the counter closes, CounterCare checks the file again and offers to restore the last good backup.</source>
            <translation>今天对数据库文件的检查发现它已损坏。为免损坏扩大，不再向其中保存任何内容：现在保存都会失败。

屏幕上的内容会保留到关闭柜台为止，请把尚未保存的内容记下来。关闭柜台后，CounterCare 会再次检查该文件，并提供从最近一份完好的备份恢复。</translation>
        </message>
        <message>
            <source>Close the counter and restore</source>
            <translation>关闭柜台并恢复</translation>
        </message>
        <message>
            <source>Keep the window open</source>
            <translation>暂不关闭窗口</translation>
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
        <name>cc::ui::PurchaseDialog</name>
        <message>
            <source>Record purchase</source>
            <translation>记录购买</translation>
        </message>
        <message>
            <source>Record a purchase</source>
            <translation>记录购买</translation>
        </message>
        <message>
            <source>as printed on the receipt</source>
            <translation>与小票上印的一致</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Unit price (¥)</source>
            <translation>单价（¥）</translation>
        </message>
        <message>
            <source>Unit cost (¥)</source>
            <translation>单位成本（¥）</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>添加一行</translation>
        </message>
        <message>
            <source>Add a line (Ctrl+Enter)</source>
            <translation>添加一行（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>Receipt no. *</source>
            <translation>小票号 *</translation>
        </message>
        <message>
            <source>Date *</source>
            <translation>日期 *</translation>
        </message>
        <message>
            <source>Record the purchase (Ctrl+S)</source>
            <translation>登记这次购买（Ctrl+S）</translation>
        </message>
        <message>
            <source>Total: %1</source>
            <translation>合计：%1</translation>
        </message>
        <message>
            <source>Line %1</source>
            <translation>第 %1 行</translation>
        </message>
        <message>
            <source>%1: the quantity is not a whole number.</source>
            <translation>%1：数量不是整数。</translation>
        </message>
        <message>
            <source>%1 unit price</source>
            <translation>%1 单价</translation>
        </message>
        <message>
            <source>%1 unit cost</source>
            <translation>%1 单位成本</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ReportRun</name>
        <message>
            <source>Reading…</source>
            <translation>正在统计…</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ReportsPage</name>
        <message>
            <source>Share</source>
            <translation>占比</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <source>Reports about customers are reviewed by the store manager before they are handed out.</source>
            <translation>涉及客户信息的报表，须经店长审查后方可报发。</translation>
        </message>
        <message>
            <source>Monthly complaints</source>
            <translation>月度投诉统计</translation>
        </message>
        <message>
            <source>Customer churn</source>
            <translation>客户流失</translation>
        </message>
        <message>
            <source>Show the month</source>
            <translation>生成月报</translation>
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation>月份(&amp;M)：</translation>
        </message>
        <message>
            <source>Complaints received</source>
            <translation>受理投诉</translation>
        </message>
        <message>
            <source>Resolved on time / late</source>
            <translation>按时 / 逾期处理</translation>
        </message>
        <message>
            <source>Average satisfaction</source>
            <translation>平均满意度</translation>
        </message>
        <message>
            <source>Compensation granted</source>
            <translation>已批准赔偿</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>级别</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Status now</source>
            <translation>当前状态</translation>
        </message>
        <message>
            <source>Show the period</source>
            <translation>统计该期间</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>起始(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>截止(&amp;T)：</translation>
        </message>
        <message>
            <source>Customers on file</source>
            <translation>在册客户</translation>
        </message>
        <message>
            <source>Lost in the period</source>
            <translation>期间流失</translation>
        </message>
        <message>
            <source>Won back in the period</source>
            <translation>期间挽回</translation>
        </message>
        <message>
            <source>Absolute churn rate</source>
            <translation>绝对客户流失率</translation>
        </message>
        <message>
            <source>Relative churn rate</source>
            <translation>相对客户流失率</translation>
        </message>
        <message>
            <source>Purchases of the lost customers</source>
            <translation>流失客户的购买额</translation>
        </message>
        <message>
            <source>Absolute rate: lost customers ÷ customers on file. Relative rate: the absolute rate × what a lost customer bought on average ÷ what a customer bought on average — above the absolute rate, the store is losing its better customers.</source>
            <translation>绝对流失率 = 流失客户数 ÷ 在册客户数。相对流失率 = 绝对流失率 × 流失客户的平均购买额 ÷ 全部客户的平均购买额；高于绝对流失率，说明流失的多是价值较高的客户。</translation>
        </message>
        <message>
            <source>Reason lost</source>
            <translation>流失原因</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>To: the period ends before it begins.</source>
            <translation>截止日期：截止日期早于起始日期。</translation>
        </message>
        <message>
            <source>Complaints received in %1</source>
            <translation>%1受理的投诉（客户月投诉统计表）</translation>
        </message>
        <message>
            <source>MMMM yyyy</source>
            <translation>yyyy年M月</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>%1 of 5</source>
            <translation>%1 分（满分 5）</translation>
        </message>
        <message>
            <source>none given</source>
            <translation>暂无评价</translation>
        </message>
        <message>
            <source>Customers lost from %1 to %2</source>
            <translation>%1 至 %2 的客户流失情况</translation>
        </message>
        <message>
            <source>no purchases</source>
            <translation>无购买记录</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 / 全部 %2</translation>
        </message>
        <message>
            <source>(no reason given)</source>
            <translation>（未填原因）</translation>
        </message>
        <message>
            <source>No customer was marked lost in this period.</source>
            <translation>该期间没有客户被标记为流失。</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::RestoreDialog</name>
        <message>
            <source>Customer files</source>
            <translation>客户档案</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>购买</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>联系记录</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Compensations</source>
            <translation>赔偿</translation>
        </message>
        <message>
            <source>Callbacks</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Audit entries</source>
            <translation>审计记录</translation>
        </message>
        <message>
            <source>Restore this backup</source>
            <translation>恢复此备份</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>备份时间</translation>
        </message>
        <message>
            <source>unknown (no manifest)</source>
            <translation>未知（无清单）</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>校验</translation>
        </message>
        <message>
            <source>Whole (integrity check passed)%1</source>
            <translation>完整（完整性检查通过）%1</translation>
        </message>
        <message>
            <source>; matches its manifest</source>
            <translation>；与清单一致</translation>
        </message>
        <message>
            <source>I understand: everything entered after this backup was made is replaced.</source>
            <translation>我明白：此备份之后录入的所有内容都将被替换。</translation>
        </message>
        <message>
            <source>The database as it is now is first kept as a checked safety copy beside it. Everyone signs in again afterwards.</source>
            <translation>当前数据库会先在旁边保存一份经过校验的安全副本。恢复后所有人需重新登录。</translation>
        </message>
        <message>
            <source>This copy has no manifest (%1). Only the file's integrity was checked: nothing shows that its customers, complaints and audit entries are as they were when the backup was made.</source>
            <translation>此副本没有清单文件（%1）。只检查了文件本身是否完整：无法证明其中的客户档案、投诉和审计记录与备份时一致。</translation>
        </message>
        <message>
            <source>Restore it unverified (recorded in the audit log).</source>
            <translation>仍然恢复，不经核对（记入审计日志）。</translation>
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
        <name>cc::ui::StartupCheck</name>
        <message>
            <source>CounterCare</source>
            <translation>CounterCare 柜台客服</translation>
        </message>
        <message>
            <source>Checking the database before the counter opens…</source>
            <translation>柜台开启前正在检查数据库…</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 秒</translation>
        </message>
        <message>
            <source>Upgrading the database for this version of CounterCare…</source>
            <translation>正在为此版本的 CounterCare 升级数据库…</translation>
        </message>
        <message>
            <source>The file is whole. It is now brought up to this version, once; a store of a million customers takes a few minutes. Should the computer stop meanwhile, the file stays as it was and the upgrade starts again.</source>
            <translation>文件完好。现在将其升级到此版本，只需一次；百万客户的门店需要几分钟。期间如果电脑停机，文件保持原样，下次启动时重新升级。</translation>
        </message>
        <message>
            <source>CounterCare was not closed properly last time. Every page of %1 (%2) is now read once, so that a damaged file is never written to. A large store takes a few seconds.</source>
            <translation>CounterCare 上次没有正常关闭。现在逐页读取 %1（%2）一遍，确保不会写入已损坏的文件。大型门店需要几秒钟。</translation>
        </message>
        <message>
            <source>The last check found %1 (%2) damaged. Every page of it is read again before the counter opens; nothing is written to it meanwhile. A large store takes a few seconds.</source>
            <translation>上次检查发现 %1（%2）已损坏。打开柜台前会再逐页读取一遍，期间不会写入任何内容。大型门店需要几秒钟。</translation>
        </message>
        <message>
            <source>Every page of %1 (%2) is read once before the counter opens, so that a damaged file is never written to. A large store takes a few seconds.</source>
            <translation>打开柜台前，会逐页读取 %1（%2）一遍，确保不会写入已损坏的文件。大型门店需要几秒钟。</translation>
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
            <source>Lock the screen after</source>
            <translation>无操作锁屏时间</translation>
        </message>
        <message numerus="yes">
            <source>Saved. The screen now locks after %n minute(s) without use.</source>
            <translation>
                <numerusform>已保存。现在无操作 %n 分钟后将自动锁屏。</numerusform>
            </translation>
        </message>
        <message>
            <source>Customer tiers go by the gross profit a customer has brought, not by the number of orders. Lifetime profit in yuan from which a customer is:</source>
            <translation>客户等级按客户带来的毛利润划分，而不是按下单次数。累计利润（元）达到以下金额即为：</translation>
        </message>
        <message>
            <source>Silver from ¥</source>
            <translation>银卡 ¥</translation>
        </message>
        <message>
            <source>Gold from ¥</source>
            <translation>金卡 ¥</translation>
        </message>
        <message>
            <source>VIP from ¥</source>
            <translation>VIP ¥</translation>
        </message>
        <message>
            <source>Silver from</source>
            <translation>银卡门槛</translation>
        </message>
        <message>
            <source>Gold from</source>
            <translation>金卡门槛</translation>
        </message>
        <message>
            <source>VIP from</source>
            <translation>VIP 门槛</translation>
        </message>
        <message>
            <source>printed on every receipt slip</source>
            <translation>印在每张回执上</translation>
        </message>
        <message>
            <source> hours</source>
            <translation> 小时</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>Store name</source>
            <translation>门店名称</translation>
        </message>
        <message>
            <source>Service hotline</source>
            <translation>服务热线</translation>
        </message>
        <message>
            <source>The service promise to every complainant: the reply and the resolution are due within these times (new cases).</source>
            <translation>对每位投诉顾客的服务承诺：须在以下时限内答复和处理完毕（适用于新投诉）。</translation>
        </message>
        <message>
            <source>Reply within</source>
            <translation>答复时限</translation>
        </message>
        <message>
            <source>Resolve within</source>
            <translation>处理时限</translation>
        </message>
        <message>
            <source>Refund or exchange is major above ¥</source>
            <translation>退换货金额超过此数为重大投诉 ¥</translation>
        </message>
        <message>
            <source>Major from</source>
            <translation>重大投诉金额</translation>
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
        <message>
            <source>Restored</source>
            <translation>已恢复</translation>
        </message>
        <message>
            <source>The database was restored from %1. The damaged file is kept, untouched, as %2.</source>
            <translation>数据库已从 %1 恢复。损坏的文件原样保存为 %2。</translation>
        </message>
    </context>
</TS>
