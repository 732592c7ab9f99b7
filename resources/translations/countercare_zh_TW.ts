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
        <message>
            <source>The audit log's protection against changes (its triggers) had been removed.</source>
            <translation>審計日誌的防篡改保護（觸發器）已被刪除。</translation>
        </message>
        <message>
            <source>It is restored.</source>
            <translation>現已恢復。</translation>
        </message>
        <message>
            <source>Audit entry %1 differs from its record in %2: the log was rewritten.</source>
            <translation>審計記錄 %1 與 %2 中的記錄不一致：日誌被改寫過。</translation>
        </message>
        <message>
            <source>The audit log ends at entry %1, but %2 records %3 entries: the newest entries were removed.</source>
            <translation>審計日誌止於第 %1 條，但 %2 記錄了 %3 條：最新的記錄被刪除了。</translation>
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
        <name>cc::AutoBackup</name>
        <message>
            <source>Backup folder %1 cannot be reached or written to; no backup was made. Plug the disk in, or choose another folder in Admin.</source>
            <translation>備份資料夾 %1 無法訪問或寫入，未做備份。請插上磁盤，或在“管理”中另選資料夾。</translation>
        </message>
        <message>
            <source>The backup folder %1 cannot be reached: no backups are being made. Plug the disk in, or choose another folder in Admin → Backups.</source>
            <translation>備份資料夾 %1 無法訪問：目前沒有在備份。請插上磁盤，或在“管理 → 備份”中另選資料夾。</translation>
        </message>
        <message>
            <source>No backup has been made yet.</source>
            <translation>還沒有做過備份。</translation>
        </message>
        <message numerus="yes">
            <source>No backup for %n day(s): the last good one is from %1.</source>
            <translation>
                <numerusform>已 %n 天沒有備份：最近一次有效備份在 %1。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cc::BackupService</name>
        <message>
            <source>Backup: cannot read %1: %2</source>
            <translation>備份：無法讀取 %1：%2</translation>
        </message>
        <message>
            <source>Backup: cannot read %1.</source>
            <translation>備份：無法讀取 %1。</translation>
        </message>
        <message>
            <source>Backup: cannot flush %1 to disk.</source>
            <translation>備份：無法把 %1 寫入磁盤。</translation>
        </message>
        <message>
            <source>Backup: %1 is damaged: %2</source>
            <translation>備份：%1 已損壞：%2</translation>
        </message>
        <message>
            <source>--to: a backup cannot replace the database itself.</source>
            <translation>--to：備份不能覆蓋資料庫本身。</translation>
        </message>
        <message>
            <source>--to: the folder %1 does not exist.</source>
            <translation>--to：資料夾 %1 不存在。</translation>
        </message>
        <message>
            <source>Backup: cannot write %1: %2</source>
            <translation>備份：無法寫入 %1：%2</translation>
        </message>
        <message>
            <source>Backup: cannot write %1.</source>
            <translation>備份：無法寫入 %1。</translation>
        </message>
        <message>
            <source>Backup: cannot write the manifest %1.</source>
            <translation>備份：無法寫入清單 %1。</translation>
        </message>
        <message>
            <source>--from: there is no file %1.</source>
            <translation>--from：沒有檔案 %1。</translation>
        </message>
        <message>
            <source>--from: %1 is not a usable CounterCare backup: %2</source>
            <translation>--from：%1 不是可用的 CounterCare 備份：%2</translation>
        </message>
        <message>
            <source>--from: %1 does not match its manifest (SHA-256 differs): the copy was changed or damaged.</source>
            <translation>--from：%1 與其清單不符（SHA-256 不同）：備份已被改動或損壞。</translation>
        </message>
        <message>
            <source>Restore: cannot copy %1 beside the database.</source>
            <translation>恢復：無法把 %1 複製到資料庫所在位置。</translation>
        </message>
        <message>
            <source>Restore: cannot move %1 aside; nothing was changed.</source>
            <translation>恢復：無法把 %1 移開，什麼都沒有改動。</translation>
        </message>
        <message>
            <source>Restore: cannot put the backup in place of %1; the damaged file is kept as %2.</source>
            <translation>恢復：無法用備份替換 %1；損壞的檔案保存在 %2。</translation>
        </message>
        <message>
            <source>Backup cancelled; no backup was written.</source>
            <translation>備份已取消，沒有寫入任何備份。</translation>
        </message>
        <message>
            <source>--from: %1 has no manifest (%2), so it cannot be checked that no row was changed since the backup was made. Nothing was restored; give --unverified to restore it anyway.</source>
            <translation>--from：%1 沒有清單檔案（%2），無法核對備份之後是否有記錄被改動。未做任何恢復；如仍要恢復，請加上 --unverified。</translation>
        </message>
        <message>
            <source>--to: %1 is the database's own %2 file; choose another name. No backup was written.</source>
            <translation>--to：%1 是資料庫自身的 %2 檔案，請換一個檔案名。未寫入任何備份。</translation>
        </message>
        <message>
            <source>Restore: %1 is open in another CounterCare (another counter, or a command still running). Close it there first; nothing was restored.</source>
            <translation>恢復：%1 正在另一個 CounterCare 中打開（另一臺櫃檯，或仍在運行的命令）。請先在那裡關閉；未恢復任何內容。</translation>
        </message>
        <message>
            <source>its audit log is empty.</source>
            <translation>其審計日誌為空。</translation>
        </message>
        <message>
            <source>its audit log is not the history of this store: entry %1 differs from %2.</source>
            <translation>其審計日誌不是本店的歷史：第 %1 條與 %2 不一致。</translation>
        </message>
        <message>
            <source>--from: %1 cannot be restored: %2 Nothing was restored; give --unverified to restore it anyway (recorded).</source>
            <translation>--from：%1 無法恢復：%2 未恢復任何內容；如仍要恢復，請加 --unverified（將記錄在案）。</translation>
        </message>
        <message>
            <source>its audit log is not the history of this store: entry %1 differs.</source>
            <translation>其審計日誌不是本店的歷史：第 %1 條不一致。</translation>
        </message>
    </context>
    <context>
        <name>cc::CallbackKeys</name>
        <message>
            <source>After purchase: first call</source>
            <translation>購後首次回訪</translation>
        </message>
        <message>
            <source>After purchase: second call</source>
            <translation>購後第二次回訪</translation>
        </message>
        <message>
            <source>After purchase: third call</source>
            <translation>購後第三次回訪</translation>
        </message>
        <message>
            <source>After a visit: first call</source>
            <translation>到店未購首次回訪</translation>
        </message>
        <message>
            <source>After a visit: second call</source>
            <translation>到店未購第二次回訪</translation>
        </message>
        <message>
            <source>Complaint follow-up</source>
            <translation>投訴回訪</translation>
        </message>
        <message>
            <source>Birthday greeting</source>
            <translation>生日問候</translation>
        </message>
        <message>
            <source>Holiday greeting</source>
            <translation>節日問候</translation>
        </message>
        <message>
            <source>Maintenance reminder</source>
            <translation>保養提醒</translation>
        </message>
        <message>
            <source>Arranged call</source>
            <translation>約定回訪</translation>
        </message>
        <message>
            <source>Ask how they are getting on with what they bought, and whether they need help using it.</source>
            <translation>問問顧客買的東西用得怎麼樣，需不需要使用上的幫助。</translation>
        </message>
        <message>
            <source>Ask for their opinion of the product and of our service.</source>
            <translation>請顧客談談對產品和我們服務的意見。</translation>
        </message>
        <message>
            <source>Ask about the results after two months, and whether they would recommend us.</source>
            <translation>問問兩個月來的使用效果，是否願意向親友推薦我們。</translation>
        </message>
        <message>
            <source>Thank them for the visit and ask whether they found what they were looking for.</source>
            <translation>感謝顧客到店，問問是否找到了想要的商品。</translation>
        </message>
        <message>
            <source>Tell them about new arrivals or offers that match what they looked at.</source>
            <translation>介紹與顧客看過的商品相符的新品或優惠。</translation>
        </message>
        <message>
            <source>Ask whether the way we resolved their complaint satisfied them, from 1 to 5.</source>
            <translation>問問顧客對投訴處理結果是否滿意（1–5 分）。</translation>
        </message>
        <message>
            <source>Wish them a happy birthday from the whole store.</source>
            <translation>代表全店祝顧客生日快樂。</translation>
        </message>
        <message>
            <source>Give them the store's greetings for the holiday.</source>
            <translation>向顧客致以本店的節日問候。</translation>
        </message>
        <message>
            <source>Remind them that the product is due for servicing and offer a time.</source>
            <translation>提醒顧客產品該保養了，並約定時間。</translation>
        </message>
        <message>
            <source>Call about what was arranged (see the note).</source>
            <translation>按約定事項回電（見備註）。</translation>
        </message>
        <message>
            <source>To call</source>
            <translation>待回訪</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>未聯繫上</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已撤銷</translation>
        </message>
    </context>
    <context>
        <name>cc::CallbackScheduler</name>
        <message>
            <source>The customer bought: the calls after the purchase take over.</source>
            <translation>顧客已購買：改由購後回訪跟進。</translation>
        </message>
        <message>
            <source>The case was reopened.</source>
            <translation>投訴已重新打開。</translation>
        </message>
        <message>
            <source>The customer declined calls.</source>
            <translation>顧客已表示不接受回訪。</translation>
        </message>
        <message>
            <source>A supervisor may close the case without it, with a written reason.</source>
            <translation>主管可寫明原因後不經回訪結案。</translation>
        </message>
        <message>
            <source>Close: the case has no follow-up callback. %1</source>
            <translation>結案：此投訴沒有回訪記錄。%1</translation>
        </message>
        <message>
            <source>Close: the follow-up callback (due %1, %2) is not done yet. %3</source>
            <translation>結案：投訴回訪（%1，%2 負責）尚未完成。%3</translation>
        </message>
        <message>
            <source>Close: the customer did not answer the follow-up callback. %1</source>
            <translation>結案：投訴回訪多次未接通。%1</translation>
        </message>
        <message>
            <source>Close: the follow-up callback was cancelled. %1</source>
            <translation>結案：投訴回訪已取消。%1</translation>
        </message>
    </context>
    <context>
        <name>cc::CallbackService</name>
        <message>
            <source>Assignee: there is no user "%1".</source>
            <translation>回訪人：沒有用戶“%1”。</translation>
        </message>
        <message>
            <source>Callback: there is no callback %1.</source>
            <translation>回訪：沒有編號為 %1 的回訪。</translation>
        </message>
        <message>
            <source>Customer: there is no file %1.</source>
            <translation>客戶：沒有檔案 %1。</translation>
        </message>
        <message>
            <source>%1: %2 declined calls; no callback can be arranged.</source>
            <translation>%1：%2 不接受回訪，無法安排。</translation>
        </message>
        <message>
            <source>%1: %2 takes calls between %3 only.</source>
            <translation>%1：%2 只在 %3 之間接聽電話。</translation>
        </message>
        <message>
            <source>Note: say what the call is about.</source>
            <translation>備註：請寫明回訪事項。</translation>
        </message>
        <message>
            <source>Note: at most 500 characters.</source>
            <translation>備註：最多 500 個字。</translation>
        </message>
        <message>
            <source>Due: enter a date and time.</source>
            <translation>回訪時間：請輸入日期和時間。</translation>
        </message>
        <message>
            <source>Due: choose a time from now on.</source>
            <translation>回訪時間：請選擇現在以後的時間。</translation>
        </message>
        <message>
            <source>Customer: you may not open file %1.</source>
            <translation>客戶：您無權查閱檔案 %1。</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>回訪時間</translation>
        </message>
        <message>
            <source>Callback %1 is already %2.</source>
            <translation>回訪 %1 已是“%2”狀態。</translation>
        </message>
        <message>
            <source>Callback %1 is %2's to make; a supervisor can reassign it.</source>
            <translation>回訪 %1 由 %2 負責；主管可以改派。</translation>
        </message>
        <message>
            <source>The employee complained about may not make the case's follow-up callback.</source>
            <translation>被投訴的員工不能做該投訴的回訪。</translation>
        </message>
        <message>
            <source>Outcome: write what the customer said.</source>
            <translation>回訪結果：請寫下顧客說了什麼。</translation>
        </message>
        <message>
            <source>Outcome: at most 2000 characters.</source>
            <translation>回訪結果：最多 2000 個字。</translation>
        </message>
        <message>
            <source>Satisfaction: 1 to 5.</source>
            <translation>滿意度：1 到 5 分。</translation>
        </message>
        <message>
            <source>%1: done. %2</source>
            <translation>%1：已完成。%2</translation>
        </message>
        <message>
            <source>Satisfaction %1/5.</source>
            <translation>滿意度 %1/5。</translation>
        </message>
        <message>
            <source>%1: no answer (try %2 of %3); marked missed.</source>
            <translation>%1：無人接聽（第 %2/%3 次），記為未聯繫上。</translation>
        </message>
        <message>
            <source>%1: no answer (try %2 of %3); next try %4.</source>
            <translation>%1：無人接聽（第 %2/%3 次），下次 %4 再打。</translation>
        </message>
        <message>
            <source>To: enter a date and time.</source>
            <translation>改到：請輸入日期和時間。</translation>
        </message>
        <message>
            <source>To: choose a time from now on.</source>
            <translation>改到：請選擇現在以後的時間。</translation>
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
            <translation>原因：請寫明取消回訪的原因。</translation>
        </message>
        <message>
            <source>%1: cancelled. %2</source>
            <translation>%1：已取消。%2</translation>
        </message>
        <message>
            <source>To: there is no user "%1".</source>
            <translation>交給：沒有用戶“%1”。</translation>
        </message>
        <message>
            <source>To: %1 is deactivated.</source>
            <translation>交給：%1 已停用。</translation>
        </message>
        <message>
            <source>To: %1 is named in complaint %2 and may not make its follow-up callback.</source>
            <translation>交給：%1 是投訴 %2 的被投訴人，不能做該投訴的回訪。</translation>
        </message>
        <message>
            <source>Holiday: enter its name (at most 40 characters).</source>
            <translation>節日：請輸入名稱（最多 40 個字）。</translation>
        </message>
        <message>
            <source>Date: enter the holiday's date.</source>
            <translation>日期：請輸入節日日期。</translation>
        </message>
        <message>
            <source>Holiday: %1 on %2 is already listed.</source>
            <translation>節日：%2 的%1已在列表中。</translation>
        </message>
        <message>
            <source>Holiday: there is no holiday %1.</source>
            <translation>節日：沒有編號為 %1 的節日。</translation>
        </message>
        <message>
            <source>Product: enter the product's name (at most 60 characters).</source>
            <translation>產品：請輸入產品名稱（最多 60 個字）。</translation>
        </message>
        <message>
            <source>Every: 1 to 3650 days (0 stops the reminders).</source>
            <translation>間隔：1 到 3650 天（0 表示停止提醒）。</translation>
        </message>
        <message>
            <source>Product: "%1" has no service interval.</source>
            <translation>產品：“%1”沒有設置保養間隔。</translation>
        </message>
    </context>
    <context>
        <name>cc::CompensationKeys</name>
        <message>
            <source>Refund</source>
            <translation>退貨</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>換貨</translation>
        </message>
        <message>
            <source>Free repair</source>
            <translation>免費維修</translation>
        </message>
        <message>
            <source>Voucher</source>
            <translation>代金券</translation>
        </message>
        <message>
            <source>Gift</source>
            <translation>贈品</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>現金</translation>
        </message>
        <message>
            <source>Service upgrade</source>
            <translation>服務升級</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>待審批</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>已駁回</translation>
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
            <translation>金額：請輸入大於零的金額。</translation>
        </message>
        <message>
            <source>Reason: say why the customer should be compensated.</source>
            <translation>原因：請寫明為何給顧客補償。</translation>
        </message>
        <message>
            <source>Reason: at most 1000 characters.</source>
            <translation>原因：最多 1000 個字。</translation>
        </message>
        <message>
            <source>Compensation: case %1 is %2; reopen it first.</source>
            <translation>補償：投訴 %1 狀態為“%2”，請先重新打開。</translation>
        </message>
        <message>
            <source>Amount: %1 is above every limit in the authority table.</source>
            <translation>金額：%1 超出權限核決表中所有人的權限。</translation>
        </message>
        <message>
            <source>Within the requester's own limit.</source>
            <translation>在申請人自己的權限內。</translation>
        </message>
        <message>
            <source>Compensation approved at once, within %1's own limit: %2 %3. %4</source>
            <translation>補償在 %1 的權限內當即批准：%2 %3。%4</translation>
        </message>
        <message>
            <source>Compensation requested: %1 %2, for a %3 to decide. %4</source>
            <translation>申請補償：%1 %2，由%3審批。%4</translation>
        </message>
        <message>
            <source>Compensation: there is no request %1.</source>
            <translation>補償：沒有編號為 %1 的申請。</translation>
        </message>
        <message>
            <source>Comment: say why you decide so.</source>
            <translation>意見：請寫明審批理由。</translation>
        </message>
        <message>
            <source>Comment: at most 1000 characters.</source>
            <translation>意見：最多 1000 個字。</translation>
        </message>
        <message>
            <source>Compensation %1 is already %2.</source>
            <translation>補償申請 %1 已是“%2”。</translation>
        </message>
        <message>
            <source>You may not decide your own request.</source>
            <translation>不能審批自己提出的申請。</translation>
        </message>
        <message>
            <source>%1 of %2 is above your limit of %3: only a %4 decides; you may recommend.</source>
            <translation>%2 的%1超出你的權限 %3：只能由%4審批，你可以提出建議。</translation>
        </message>
        <message>
            <source>Amount: grant more than zero and at most the %1 requested.</source>
            <translation>金額：批准金額須大於零，且不超過申請的 %1。</translation>
        </message>
        <message>
            <source>%1 is above your limit of %2.</source>
            <translation>%1 超出你的權限 %2。</translation>
        </message>
        <message>
            <source>Compensation approved by %1: %2 %3 (requested %4). %5</source>
            <translation>補償已由 %1 批准：%2 %3（申請 %4）。%5</translation>
        </message>
        <message>
            <source>Compensation rejected by %1: %2 %3. %4</source>
            <translation>補償已被 %1 駁回：%2 %3。%4</translation>
        </message>
        <message>
            <source>Comment: say what you recommend and why.</source>
            <translation>意見：請寫明你的建議和理由。</translation>
        </message>
        <message>
            <source>Compensation %1 recommended by %2: %3</source>
            <translation>補償申請 %1，%2 建議：%3</translation>
        </message>
        <message numerus="yes">
            <source>This customer received compensation %n time(s) in the last 12 months, %1 in all.</source>
            <translation>
                <numerusform>該顧客近 12 個月已獲補償 %n 次，共 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>Limit: an amount of zero or more.</source>
            <translation>權限：請輸入零或以上的金額。</translation>
        </message>
        <message>
            <source>Limit: a %1 may not grant less than a %2 (%3).</source>
            <translation>權限：%1的權限不能低於%2（%3）。</translation>
        </message>
        <message>
            <source>Limit: a %1 may not grant more than a %2 (%3).</source>
            <translation>權限：%1的權限不能高於%2（%3）。</translation>
        </message>
        <message>
            <source>Compensation %1 is waiting for approval: there is no slip yet.</source>
            <translation>補償申請 %1 尚在審批中，還沒有補償單。</translation>
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
            <translation>電話</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>書面</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>網絡</translation>
        </message>
        <message>
            <source>Head-office referral</source>
            <translation>集團轉辦</translation>
        </message>
        <message>
            <source>Product quality</source>
            <translation>產品質量</translation>
        </message>
        <message>
            <source>After-sales service</source>
            <translation>售後服務</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>價格</translation>
        </message>
        <message>
            <source>Staff attitude</source>
            <translation>服務態度</translation>
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
            <translation>未說明</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>退貨</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>換貨</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>維修</translation>
        </message>
        <message>
            <source>Compensation</source>
            <translation>賠償</translation>
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
            <translation>一般投訴</translation>
        </message>
    </context>
    <context>
        <name>cc::ComplaintRepository</name>
        <message>
            <source>No complaint number could be taken for %1; nothing was saved.</source>
            <translation>無法為 %1 取得投訴單號，未保存任何內容。</translation>
        </message>
    </context>
    <context>
        <name>cc::ComplaintRules</name>
        <message>
            <source>a compensation request is waiting for approval</source>
            <translation>有賠償申請正在等待審批</translation>
        </message>
        <message>
            <source>it is already closed</source>
            <translation>該投訴已結案</translation>
        </message>
        <message>
            <source>it is closed; reopen it first</source>
            <translation>該投訴已結案，請先重新打開</translation>
        </message>
        <message>
            <source>it was cancelled</source>
            <translation>該投訴已撤銷</translation>
        </message>
        <message>
            <source>it is already resolved</source>
            <translation>該投訴已處理完畢</translation>
        </message>
        <message>
            <source>it is resolved; close or reopen it</source>
            <translation>該投訴已處理完畢，請結案或重新打開</translation>
        </message>
        <message>
            <source>it has not been resolved yet</source>
            <translation>該投訴尚未處理完畢</translation>
        </message>
        <message>
            <source>it is already being handled</source>
            <translation>該投訴已在處理中</translation>
        </message>
        <message>
            <source>Cannot %1 a case that is %2: %3.</source>
            <translation>無法對狀態為“%2”的投訴執行“%1”：%3。</translation>
        </message>
        <message>
            <source>negative media involved</source>
            <translation>涉及負面媒體報道</translation>
        </message>
        <message>
            <source>complaint to a regulator</source>
            <translation>已向監管部門投訴</translation>
        </message>
        <message>
            <source>group complaint of three or more customers</source>
            <translation>三人及以上的群體投訴</translation>
        </message>
        <message>
            <source>complaint to the manufacturer or head office</source>
            <translation>已向廠家或集團投訴</translation>
        </message>
        <message>
            <source>safety incident</source>
            <translation>安全事故</translation>
        </message>
        <message>
            <source>repeat complaint within 90 days</source>
            <translation>90 天內重複投訴</translation>
        </message>
        <message>
            <source>refund or exchange of an expensive item</source>
            <translation>高價商品退換貨</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>已受理</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>處理中</translation>
        </message>
        <message>
            <source>Awaiting approval</source>
            <translation>待審批</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>已處理</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已結案</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已撤銷</translation>
        </message>
        <message>
            <source>start handling</source>
            <translation>開始處理</translation>
        </message>
        <message>
            <source>request approval for</source>
            <translation>申請審批</translation>
        </message>
        <message>
            <source>record an approval decision on</source>
            <translation>記錄審批結果</translation>
        </message>
        <message>
            <source>resolve</source>
            <translation>處理完畢</translation>
        </message>
        <message>
            <source>close</source>
            <translation>結案</translation>
        </message>
        <message>
            <source>reopen</source>
            <translation>重新打開</translation>
        </message>
        <message>
            <source>cancel</source>
            <translation>撤銷</translation>
        </message>
        <message>
            <source>Listened: the customer's whole account is heard</source>
            <translation>聽清楚：顧客的陳述已完整聽完</translation>
        </message>
        <message>
            <source>Asked: product, time and what they want are clear</source>
            <translation>問清楚：商品、時間和訴求都已問明</translation>
        </message>
        <message>
            <source>Followed through: the case is with whoever can solve it</source>
            <translation>跟清楚：案件已交給能解決的人跟進</translation>
        </message>
        <message>
            <source>Replied: the customer knows the answer or when it comes</source>
            <translation>復清楚：顧客已得到答覆或知道何時答覆</translation>
        </message>
        <message>
            <source>Recorded: the outcome is written on the case</source>
            <translation>記清楚：處理結果已記錄在案</translation>
        </message>
    </context>
    <context>
        <name>cc::ComplaintService</name>
        <message>
            <source>The employee complained about may not handle, be assigned or close this case.</source>
            <translation>被投訴的員工不得處理、接手或結案此投訴。</translation>
        </message>
        <message>
            <source>Description: write what happened, in the customer's words.</source>
            <translation>投訴內容：請按顧客的原話寫下發生了什麼。</translation>
        </message>
        <message>
            <source>Description: at most 4000 characters.</source>
            <translation>投訴內容：最多 4000 個字符。</translation>
        </message>
        <message>
            <source>Received at: cannot be in the future.</source>
            <translation>受理時間：不能是未來時間。</translation>
        </message>
        <message>
            <source>Purchase date: cannot be after the complaint.</source>
            <translation>購買日期：不能晚於投訴日期。</translation>
        </message>
        <message>
            <source>Customer: there is no file %1.</source>
            <translation>客戶：沒有檔案 %1。</translation>
        </message>
        <message>
            <source>Customer: you may not open file %1.</source>
            <translation>客戶：您無權查閱檔案 %1。</translation>
        </message>
        <message>
            <source>Staff involved: there is no user "%1".</source>
            <translation>涉及員工：沒有用戶“%1”。</translation>
        </message>
        <message>
            <source>Major: %1</source>
            <translation>重大：%1</translation>
        </message>
        <message>
            <source>Complaint: there is no case %1.</source>
            <translation>投訴：沒有編號為 %1 的投訴。</translation>
        </message>
        <message>
            <source>Resolution: say how the case was resolved.</source>
            <translation>處理結果：請說明是如何處理的。</translation>
        </message>
        <message>
            <source>Satisfaction: 1 to 5, or 0 when the customer declined to say.</source>
            <translation>滿意度：1 到 5；顧客不願評價時填 0。</translation>
        </message>
        <message>
            <source>Close: the case has no resolution.</source>
            <translation>結案：此投訴還沒有處理結果。</translation>
        </message>
        <message>
            <source>Close: record the customer's satisfaction (1 to 5, or declined to say) first.</source>
            <translation>結案：請先記錄顧客滿意度（1 到 5，或顧客不願評價）。</translation>
        </message>
        <message>
            <source>Reason: say why the case is reopened.</source>
            <translation>原因：請說明為什麼重新打開此投訴。</translation>
        </message>
        <message>
            <source>Reason: say why the complaint is withdrawn.</source>
            <translation>原因：請說明投訴撤銷的原因。</translation>
        </message>
        <message>
            <source>Note: say who was told (manager, head office) and how.</source>
            <translation>備註：請說明已報告給誰（店長、集團）以及報告方式。</translation>
        </message>
        <message>
            <source>Escalate: the case is %1.</source>
            <translation>上報：此投訴%1。</translation>
        </message>
        <message>
            <source>escalated by %1</source>
            <translation>由 %1 上報</translation>
        </message>
        <message>
            <source>Note: write something.</source>
            <translation>備註：請填寫內容。</translation>
        </message>
        <message>
            <source>Assign to: there is no active user "%1".</source>
            <translation>分派給：沒有在用的用戶“%1”。</translation>
        </message>
        <message>
            <source>Assign: the case is %1.</source>
            <translation>分派：此投訴%1。</translation>
        </message>
        <message>
            <source>Assigned to %1</source>
            <translation>已分派給 %1</translation>
        </message>
        <message>
            <source>Item: say what the store keeps.</source>
            <translation>物品：請說明代保管的是什麼。</translation>
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
            <translation>代保管物品：本店沒有為 %1 保管任何物品。</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) returned to the customer</source>
            <translation>
                <numerusform>%n 件物品已歸還顧客</numerusform>
            </translation>
        </message>
        <message>
            <source>Reason: say why the case is major.</source>
            <translation>原因：請說明為什麼是重大投訴。</translation>
        </message>
        <message>
            <source>Raise: the case is %1.</source>
            <translation>升級：該投訴%1。</translation>
        </message>
        <message>
            <source>Raise: %1 is already a major case.</source>
            <translation>升級：%1 已經是重大投訴。</translation>
        </message>
        <message>
            <source>raised by %1: %2</source>
            <translation>由 %1 升級：%2</translation>
        </message>
        <message>
            <source>Raised to major: %1</source>
            <translation>升級為重大投訴：%1</translation>
        </message>
        <message>
            <source>Checklist: the case is %1.</source>
            <translation>五清檢查：該投訴%1。</translation>
        </message>
        <message>
            <source>Checklist: already ticked.</source>
            <translation>五清檢查：已經勾選。</translation>
        </message>
        <message>
            <source>Checklist: not ticked.</source>
            <translation>五清檢查：尚未勾選。</translation>
        </message>
        <message>
            <source>Ticked: %1</source>
            <translation>已勾選：%1</translation>
        </message>
        <message>
            <source>Unticked: %1</source>
            <translation>取消勾選：%1</translation>
        </message>
        <message>
            <source>Reason: say why the case is closed without the follow-up callback.</source>
            <translation>原因：請寫明為何不經回訪結案。</translation>
        </message>
        <message>
            <source>Closed without the follow-up callback: %1</source>
            <translation>未經回訪結案：%1</translation>
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
            <translation>此項更改會安排回訪，但此處無法使用回訪規則。</translation>
        </message>
    </context>
    <context>
        <name>cc::ComplaintSettings</name>
        <message>
            <source>Reply within: 1 to 168 hours.</source>
            <translation>答覆時限：1 到 168 小時。</translation>
        </message>
        <message>
            <source>Resolve within: 1 to 30 days.</source>
            <translation>處理時限：1 到 30 天。</translation>
        </message>
        <message>
            <source>Resolve within: cannot be sooner than the reply is due.</source>
            <translation>處理時限：不能早於答覆時限。</translation>
        </message>
    </context>
    <context>
        <name>cc::CsvReader</name>
        <message>
            <source>File: the text is not valid UTF-8; try --encoding gb18030.</source>
            <translation>檔案：內容不是有效的 UTF-8 文本；請試試 --encoding gb18030。</translation>
        </message>
        <message>
            <source>File: the text is not valid GB18030; try --encoding utf-8.</source>
            <translation>檔案：內容不是有效的 GB18030 文本；請試試 --encoding utf-8。</translation>
        </message>
        <message>
            <source>Line %1: a quoted field is never closed.</source>
            <translation>第 %1 行：引號沒有閉合。</translation>
        </message>
    </context>
    <context>
        <name>cc::CustomerExport</name>
        <message>
            <source>File: cannot write %1.</source>
            <translation>檔案：無法寫入 %1。</translation>
        </message>
    </context>
    <context>
        <name>cc::CustomerImport</name>
        <message>
            <source>File: cannot read %1.</source>
            <translation>檔案：無法讀取 %1。</translation>
        </message>
        <message>
            <source>File: %1 is larger than 200 MB; split it.</source>
            <translation>檔案：%1 超過 200 MB，請拆分後再導入。</translation>
        </message>
        <message>
            <source>File: it is empty; the first line must name the columns.</source>
            <translation>檔案：內容為空；第一行必須是列名。</translation>
        </message>
        <message>
            <source>Line 1: the header needs a name column (姓名 / name) and a phone column (手机 / 电话 / phone).</source>
            <translation>第 1 行：表頭必須包含姓名列（姓名 / name）和電話列（手機 / 電話 / phone）。</translation>
        </message>
        <message>
            <source>there are more fields than columns in the header.</source>
            <translation>字段數比表頭的列數多。</translation>
        </message>
        <message>
            <source>gender "%1" is neither 男/女 nor m/f.</source>
            <translation>性別“%1”既不是 男/女，也不是 m/f。</translation>
        </message>
        <message>
            <source>birthday "%1" is not a date like 1990-05-17.</source>
            <translation>生日“%1”不是 1990-05-17 這樣的日期。</translation>
        </message>
        <message>
            <source>category "%1" is neither 一般 nor 特殊.</source>
            <translation>類別“%1”既不是“一般”也不是“特殊”。</translation>
        </message>
        <message>
            <source>phone %1 is also on line %2 of this file.</source>
            <translation>電話 %1 在本檔案第 %2 行也出現了。</translation>
        </message>
        <message>
            <source>phone %1 is already on file %2.</source>
            <translation>電話 %1 已在檔案 %2 中。</translation>
        </message>
        <message>
            <source>File: there are no customers below the header.</source>
            <translation>檔案：表頭下面沒有客戶資料。</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was imported.</source>
            <translation>導入已取消，沒有導入任何客戶檔案。</translation>
        </message>
    </context>
    <context>
        <name>cc::CustomerKeys</name>
        <message>
            <source>Not given</source>
            <translation>未填寫</translation>
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
            <translation>一般客戶</translation>
        </message>
        <message>
            <source>Special</source>
            <translation>特殊客戶</translation>
        </message>
        <message>
            <source>Potential</source>
            <translation>潛在客戶</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目標客戶</translation>
        </message>
        <message>
            <source>First purchase</source>
            <translation>首次購買</translation>
        </message>
        <message>
            <source>Repeat buyer</source>
            <translation>重複購買</translation>
        </message>
        <message>
            <source>Long-term</source>
            <translation>長期客戶</translation>
        </message>
        <message>
            <source>Advocate</source>
            <translation>擁護者</translation>
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
            <translation>機密</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>絕密</translation>
        </message>
        <message>
            <source>Regular</source>
            <translation>普通</translation>
        </message>
        <message>
            <source>Silver</source>
            <translation>銀卡</translation>
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
            <translation>電話</translation>
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
            <translation>郵件</translation>
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
            <translation>客戶檔案未能保存：%1</translation>
        </message>
        <message>
            <source>Phone numbers could not be looked up: %1</source>
            <translation>無法查詢電話號碼：%1</translation>
        </message>
        <message>
            <source>Cancelled; nothing was saved.</source>
            <translation>已取消，沒有保存任何內容。</translation>
        </message>
    </context>
    <context>
        <name>cc::CustomerService</name>
        <message>
            <source>Name: required.</source>
            <translation>姓名：必須填寫。</translation>
        </message>
        <message>
            <source>Name: at most %1 characters.</source>
            <translation>姓名：最多 %1 個字符。</translation>
        </message>
        <message>
            <source>Phone: at least one number is required.</source>
            <translation>電話：至少需要一個號碼。</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Phone: the kind must be mobile, home, office or other.</source>
            <translation>電話：類型必須是手機、家庭、單位或其他。</translation>
        </message>
        <message>
            <source>Birthday: %1 is not a possible birthday.</source>
            <translation>生日：%1 不是有效的生日。</translation>
        </message>
        <message>
            <source>Address: at most 200 characters.</source>
            <translation>地址：最多 200 個字符。</translation>
        </message>
        <message>
            <source>Company: at most 100 characters.</source>
            <translation>公司：最多 100 個字符。</translation>
        </message>
        <message>
            <source>Note: at most 2000 characters.</source>
            <translation>備註：最多 2000 個字符。</translation>
        </message>
        <message>
            <source>Tag: "%1" is longer than 20 characters.</source>
            <translation>標籤：“%1”超過 20 個字符。</translation>
        </message>
        <message>
            <source>Tag: at most 30 tags.</source>
            <translation>標籤：最多 30 個。</translation>
        </message>
        <message>
            <source>Family member: a name is required.</source>
            <translation>家庭成員：必須填寫姓名。</translation>
        </message>
        <message>
            <source>Family member: %1's birthday is in the future.</source>
            <translation>家庭成員：%1 的生日在未來。</translation>
        </message>
        <message>
            <source>A customer file needs a signed-in owner.</source>
            <translation>客戶檔案需要一位已登入的負責人。</translation>
        </message>
        <message>
            <source>Phone: %1 is already on file %2 (%3). Open that file, or save anyway if they share the number.</source>
            <translation>電話：%1 已在檔案 %2（%3）中。請打開該檔案；如確為共用號碼，也可以仍然保存。</translation>
        </message>
        <message>
            <source>Merge: choose two different files.</source>
            <translation>合併：請選擇兩份不同的檔案。</translation>
        </message>
        <message>
            <source>Customer: "%1" is neither a customer id nor a file number like KH-000012.</source>
            <translation>客戶：“%1”既不是客戶編號，也不是 KH-000012 這樣的檔案編號。</translation>
        </message>
        <message>
            <source>Customer: there is no file %1.</source>
            <translation>客戶：沒有檔案 %1。</translation>
        </message>
        <message>
            <source>File %1 is %2: a %3 may not open it.</source>
            <translation>檔案 %1 為%2檔案：%3無權查閱。</translation>
        </message>
        <message>
            <source>Reason: file %1 is protected; state why you open it.</source>
            <translation>查閱原因：檔案 %1 受保護，請說明查閱原因。</translation>
        </message>
        <message>
            <source>Receipt: enter the receipt number (at most 40 characters).</source>
            <translation>小票號：請填寫小票號（最多 40 個字符）。</translation>
        </message>
        <message>
            <source>Date: enter the purchase date, not in the future.</source>
            <translation>日期：請填寫購買日期，不能是未來日期。</translation>
        </message>
        <message>
            <source>Item: a purchase needs at least one item.</source>
            <translation>商品：一次購買至少要有一件商品。</translation>
        </message>
        <message>
            <source>Item %1: the product name is missing.</source>
            <translation>第 %1 項商品：缺少商品名稱。</translation>
        </message>
        <message>
            <source>Item %1: the quantity must be a whole number from 1.</source>
            <translation>第 %1 項商品：數量必須是不小於 1 的整數。</translation>
        </message>
        <message>
            <source>Item %1: price and cost must be amounts of zero or more.</source>
            <translation>第 %1 項商品：單價和成本必須是不小於 0 的金額。</translation>
        </message>
        <message>
            <source>Receipt: %1 is already recorded.</source>
            <translation>小票號：%1 已經登記過。</translation>
        </message>
        <message>
            <source>Note: write what was said.</source>
            <translation>備註：請寫下溝通內容。</translation>
        </message>
        <message>
            <source>Reason lost: say why the customer was lost.</source>
            <translation>流失原因：請說明客戶流失的原因。</translation>
        </message>
        <message>
            <source>Owner: choose an active user.</source>
            <translation>負責人：請選擇一位在用的用戶。</translation>
        </message>
        <message>
            <source>Confidentiality: you may not change the level of this file.</source>
            <translation>保密級別：您無權修改此檔案的保密級別。</translation>
        </message>
        <message>
            <source>Contact hours: write them as 09:00-18:00, the start before the end.</source>
            <translation>接聽時間：請寫成 09:00-18:00，開始時間早於結束時間。</translation>
        </message>
        <message>
            <source>Cancelled; nothing was saved.</source>
            <translation>已取消，沒有保存任何內容。</translation>
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
            <translation>資訊來源</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>偏好</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>標籤</translation>
        </message>
        <message>
            <source>Family member</source>
            <translation>家庭成員</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>小票</translation>
        </message>
        <message>
            <source>Item %1</source>
            <translation>第 %1 項商品</translation>
        </message>
        <message>
            <source>Item %1: %2 × %3 comes to %4, more than the largest amount, %5.</source>
            <translation>第 %1 項商品：%2 × %3 合計 %4，超過最大金額 %5。</translation>
        </message>
        <message>
            <source>Items: the purchase comes to %1 by item %2, more than the largest amount, %3.</source>
            <translation>商品：到第 %2 項時本次購買合計 %1，超過最大金額 %3。</translation>
        </message>
        <message>
            <source>Reason: say why the file is erased (e.g. the customer asked).</source>
            <translation>原因：請說明刪除該檔案的原因（例如客戶要求）。</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>%1 is erased, but its traces could not yet be cleared from the store's file (%2). Run the same customer erase again to finish.</source>
            <translation>%1 已刪除，但其痕跡尚未能從門店資料檔案中清除（%2）。請再次執行同一 customer erase 命令以完成。</translation>
        </message>
        <message>
            <source>another counter is reading the store</source>
            <translation>另一個櫃檯正在讀取門店資料</translation>
        </message>
        <message>
            <source>This change plans callbacks, and the callback rules are not available here.</source>
            <translation>此項更改會安排回訪，但此處無法使用回訪規則。</translation>
        </message>
    </context>
    <context>
        <name>cc::Database</name>
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
            <source>Cannot replace %1; it was left as it was.</source>
            <translation>無法替換 %1，檔案保持原樣。</translation>
        </message>
        <message>
            <source>The database file %1 is empty: it holds no store. It was left untouched.</source>
            <translation>資料庫檔案 %1 是空檔案，其中沒有門店資料。檔案未作任何改動。</translation>
        </message>
        <message>
            <source>The database file %1 cannot be read: %2</source>
            <translation>無法讀取資料庫檔案 %1：%2</translation>
        </message>
        <message>
            <source>%1 was found damaged: nothing is written to it until a check passes or a backup is restored. Nothing was saved.</source>
            <translation>%1 已被檢查出損壞：在檢查通過或恢復備份之前，不會再向其寫入任何內容。未保存任何內容。</translation>
        </message>
        <message>
            <source>This PC cannot reach a PostgreSQL server: Qt's QPSQL driver is not installed (Debian: libqt6sql6-psql).</source>
            <translation>本機無法連接 PostgreSQL 服務器：未安裝 Qt 的 QPSQL 驅動（Debian：libqt6sql6-psql）。</translation>
        </message>
        <message>
            <source>The database %1 holds no CounterCare store. Set it up with countercare-cli server init.</source>
            <translation>資料庫 %1 中沒有 CounterCare 門店資料。請用 countercare-cli server init 建立。</translation>
        </message>
        <message>
            <source>%1 was written by a newer CounterCare (schema %2; this program knows up to %3). Install the newer version; the database was left untouched.</source>
            <translation>%1 由更新版本的 CounterCare 寫入（結構版本 %2；本程式最高支持 %3）。請安裝新版本；資料庫未作任何改動。</translation>
        </message>
        <message>
            <source>%1 is at schema %2 and this program needs %3. Upgrade it once with countercare-cli server upgrade; the database was left untouched.</source>
            <translation>%1 的結構版本為 %2，本程式需要 %3。請用 countercare-cli server upgrade 升級一次；資料庫未作任何改動。</translation>
        </message>
        <message>
            <source>Cannot connect to the store's server %1: %2 (the password is read from ~/.pgpass, or the file PGPASSFILE names).</source>
            <translation>無法連接門店服務器 %1：%2（密碼從 ~/.pgpass 或 PGPASSFILE 指定的檔案讀取）。</translation>
        </message>
        <message>
            <source>A read-only connection changes no schema.</source>
            <translation>只讀連接不會改動資料庫結構。</translation>
        </message>
        <message>
            <source>The database %1 already holds a CounterCare store; it was left untouched.</source>
            <translation>資料庫 %1 中已經有一家 CounterCare 門店；未作任何改動。</translation>
        </message>
        <message numerus="yes">
            <source>The database %1 is not empty: it already holds %n table(s). server init sets up an empty database only; it was left untouched.</source>
            <translation>
                <numerusform>資料庫 %1 不是空的：其中已有 %n 張表。server init 只能初始化空資料庫；未作任何改動。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cc::DemoData</name>
        <message>
            <source>Customers: give a number from 1 to %L1.</source>
            <translation>客戶：請給出 1 到 %L1 之間的數量。</translation>
        </message>
        <message>
            <source>Complaints: give a number from 0 to %L1.</source>
            <translation>投訴：請給出 0 到 %L1 之間的數量。</translation>
        </message>
        <message>
            <source>The database is open read-only: demo data cannot be added.</source>
            <translation>資料庫以只讀方式打開，無法加入示範資料。</translation>
        </message>
        <message>
            <source>Staff password: %1</source>
            <translation>員工密碼：%1</translation>
        </message>
        <message>
            <source>Demo data needs the embedded SQLite database.</source>
            <translation>示範資料需要內置的 SQLite 資料庫。</translation>
        </message>
        <message numerus="yes">
            <source>Customers: the store already has %n customer file(s); demo data only fills an empty store.</source>
            <translation>
                <numerusform>客戶：本店已有 %n 份客戶檔案；示範資料只能填入空的門店。</numerusform>
            </translation>
        </message>
        <message>
            <source>Staff: the demo staff's user names are taken by other roles.</source>
            <translation>員工：示範員工的使用者名稱已被其他角色佔用。</translation>
        </message>
        <message>
            <source>Demo data: cancelled; nothing was kept.</source>
            <translation>示範資料：已取消，未保留任何內容。</translation>
        </message>
        <message>
            <source>Demo data could not be written: %1</source>
            <translation>示範資料無法寫入：%1</translation>
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
        <message numerus="yes">
            <source>%n reference(s) point at no row.</source>
            <translation>
                <numerusform>有 %n 處引用指向不存在的記錄。</numerusform>
            </translation>
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
        <message>
            <source>fill the store with demo data</source>
            <translation>向門店填入示範資料</translation>
        </message>
        <message>
            <source>erase customer files</source>
            <translation>刪除客戶檔案</translation>
        </message>
    </context>
    <context>
        <name>cc::PhoneNumbers</name>
        <message>
            <source>%1: enter a phone number.</source>
            <translation>%1：請輸入電話號碼。</translation>
        </message>
        <message>
            <source>%1: "%2" is not a valid phone number; a mobile has 11 digits, a landline needs its area code, e.g. 0755 8888 6666.</source>
            <translation>%1：“%2”不是有效的電話號碼；手機號為 11 位，固定電話需帶區號，例如 0755 8888 6666。</translation>
        </message>
        <message>
            <source>%1: "%2" holds more than one number; enter each number on its own.</source>
            <translation>%1：“%2”包含不止一個號碼，請每個號碼單獨填寫。</translation>
        </message>
        <message>
            <source>%1: "%2" is not a phone number: "%3" is not a digit.</source>
            <translation>%1：“%2”不是電話號碼：“%3”不是數字。</translation>
        </message>
    </context>
    <context>
        <name>cc::PostgresDialect</name>
        <message>
            <source>The server runs PostgreSQL %1.%2; CounterCare needs 15 or newer.</source>
            <translation>服務器運行的是 PostgreSQL %1.%2；CounterCare 需要 15 或更高版本。</translation>
        </message>
        <message>
            <source>No ids can be reserved for "%1": it has no id sequence.</source>
            <translation>無法為“%1”預留編號：它沒有編號序列。</translation>
        </message>
        <message>
            <source>The server is busy: another counter is saving the same thing. Nothing was saved; please try again.</source>
            <translation>服務器忙：另一個櫃檯正在保存同一內容。未保存任何內容，請重試。</translation>
        </message>
        <message>
            <source>This is already on file (%1). Nothing was saved.</source>
            <translation>此內容已存在（%1）。未保存任何內容。</translation>
        </message>
        <message>
            <source>The server refused it: it does not fit what is on file (%1). Nothing was saved.</source>
            <translation>服務器拒絕了此操作：與已有記錄不符（%1）。未保存任何內容。</translation>
        </message>
        <message>
            <source>This counter's connection to the server is read-only. Nothing was saved.</source>
            <translation>本櫃檯與服務器的連接為只讀。未保存任何內容。</translation>
        </message>
        <message>
            <source>The server refused CounterCare's database role (%1): it lacks a grant. Ask whoever set up the server.</source>
            <translation>服務器拒絕了 CounterCare 的資料庫角色（%1）：缺少授權。請聯繫服務器的設置人員。</translation>
        </message>
        <message>
            <source>The server reports damaged data: %1</source>
            <translation>服務器報告資料損壞：%1</translation>
        </message>
        <message>
            <source>The server cannot be reached: %1. Nothing was saved.</source>
            <translation>無法連接服務器：%1。未保存任何內容。</translation>
        </message>
        <message>
            <source>Database error in %1: %2</source>
            <translation>資料庫錯誤（%1）：%2</translation>
        </message>
    </context>
    <context>
        <name>cc::PrivateFile</name>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>無法創建資料夾 %1。</translation>
        </message>
        <message>
            <source>Cannot create the file %1.</source>
            <translation>無法創建檔案 %1。</translation>
        </message>
    </context>
    <context>
        <name>cc::ReportService</name>
        <message>
            <source>Month: give one like 2026-11.</source>
            <translation>月份：請按 2026-11 的格式填寫。</translation>
        </message>
        <message>
            <source>Report stopped.</source>
            <translation>報表已停止。</translation>
        </message>
        <message>
            <source>From: give a date like 2026-01-01.</source>
            <translation>起始日期：請按 2026-01-01 的格式填寫。</translation>
        </message>
        <message>
            <source>To: give a date like 2026-12-31.</source>
            <translation>截止日期：請按 2026-12-31 的格式填寫。</translation>
        </message>
        <message>
            <source>To: the period ends before it begins.</source>
            <translation>截止日期：截止日期早於起始日期。</translation>
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
        <name>cc::ServerLocation</name>
        <message>
            <source>Server: %1 is not a postgresql:// address.</source>
            <translation>服務器：%1 不是 postgresql:// 地址。</translation>
        </message>
        <message>
            <source>Server: %1 is not a valid address (postgresql://user@host:port/database).</source>
            <translation>服務器：%1 不是有效地址（postgresql://用戶@主機:端口/資料庫）。</translation>
        </message>
        <message>
            <source>Server: the address holds a password. Put the password in ~/.pgpass (or the file PGPASSFILE names) and leave it out of the address.</source>
            <translation>服務器：地址中含有密碼。請把密碼放在 ~/.pgpass（或 PGPASSFILE 指定的檔案）中，不要寫在地址裡。</translation>
        </message>
        <message>
            <source>Server: name the store's database after the host, as in postgresql://counter@%1/store.</source>
            <translation>服務器：請在主機後寫上門店的資料庫名，例如 postgresql://counter@%1/store。</translation>
        </message>
        <message>
            <source>Server: the address parameter "%1" is not one a store's address may set (%2).</source>
            <translation>服務器：地址參數“%1”不是門店地址可以設置的參數（%2）。</translation>
        </message>
        <message>
            <source>Server: the value of "%1" may not contain spaces or semicolons.</source>
            <translation>服務器：“%1”的值不能包含空格或分號。</translation>
        </message>
    </context>
    <context>
        <name>cc::ServerRoles</name>
        <message>
            <source>--app-role: "%1" is not a role name (lower-case letters, digits and _, starting with a letter).</source>
            <translation>--app-role：“%1”不是有效的角色名（只能用小寫字母、數字和 _，並以字母開頭）。</translation>
        </message>
        <message>
            <source>--app-role: the server has no role "%1". Create it first: CREATE ROLE %1 LOGIN PASSWORD '…';</source>
            <translation>--app-role：服務器上沒有角色“%1”。請先創建：CREATE ROLE %1 LOGIN PASSWORD '…';</translation>
        </message>
    </context>
    <context>
        <name>cc::SqliteDialect</name>
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
        <message>
            <source>No ids can be reserved for "%1": not a table name.</source>
            <translation>無法為“%1”預留編號：這不是表名。</translation>
        </message>
    </context>
    <context>
        <name>cc::StorageCheck</name>
        <message>
            <source>The database is on a network share (%1, %2). SQLite's file locking is not reliable there and two counters can damage the file: keep it on this PC's own disk; several counters belong on the PostgreSQL server.</source>
            <translation>資料庫在網絡共享上（%1，%2）。那裡 SQLite 的檔案鎖不可靠，兩個櫃檯同時使用可能損壞檔案：請放在本機硬盤上；多個櫃檯請使用 PostgreSQL 服務器。</translation>
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
        <message>
            <source>Hotline: at most 30 characters.</source>
            <translation>服務熱線：最多 30 個字符。</translation>
        </message>
        <message>
            <source>Hotline: only digits, spaces, +, - and brackets.</source>
            <translation>服務熱線：只能包含數字、空格、+、- 和括號。</translation>
        </message>
        <message>
            <source>This database has no store yet.</source>
            <translation>此資料庫還沒有門店。</translation>
        </message>
    </context>
    <context>
        <name>cc::StoreSettings</name>
        <message>
            <source>Lock after: choose between %1 and %2 minutes.</source>
            <translation>自動鎖定時間：請選擇 %1 到 %2 分鐘。</translation>
        </message>
        <message>
            <source>Tiers: each threshold must be above zero and above the one before.</source>
            <translation>等級：每個門檻都必須大於 0，且高於前一個門檻。</translation>
        </message>
        <message>
            <source>Major from: the amount must be above zero.</source>
            <translation>重大投訴金額：必須大於零。</translation>
        </message>
        <message>
            <source>Warn above: the amount must be above zero.</source>
            <translation>提醒金額：必須大於零。</translation>
        </message>
        <message>
            <source>Backup folder: give a full path, such as /media/usb/backups.</source>
            <translation>備份資料夾：請填寫完整路徑，例如 /media/usb/backups。</translation>
        </message>
        <message>
            <source>Backup folder: %1 cannot be created; is the disk plugged in?</source>
            <translation>備份資料夾：無法創建 %1，磁盤插好了嗎？</translation>
        </message>
        <message>
            <source>Backup folder: %1 cannot be written to.</source>
            <translation>備份資料夾：%1 無法寫入。</translation>
        </message>
    </context>
    <context>
        <name>cc::TextInput</name>
        <message>
            <source>%1: contains the control character U+%2 at position %3, which cannot be typed; remove it.</source>
            <translation>%1：第 %3 個字符是無法輸入的控制字符 U+%2，請刪除。</translation>
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
        <message>
            <source>At most this many entries (default: all).</source>
            <translation>最多顯示多少條（預設全部顯示）。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::BackupCommand</name>
        <message>
            <source>Replace the database with a verified backup, keeping a safety copy of the current one (manager).</source>
            <translation>用檢驗過的備份替換資料庫，並保留當前資料庫的安全副本（店長）。</translation>
        </message>
        <message>
            <source>Write a checked snapshot of the database and its manifest (FILE.json) (manager).</source>
            <translation>寫出經檢驗的資料庫快照及其清單（FILE.json）（店長）。</translation>
        </message>
        <message>
            <source>The backup file.</source>
            <translation>備份檔案。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>檔案</translation>
        </message>
        <message>
            <source>The backup file to write.</source>
            <translation>要寫入的備份檔案。</translation>
        </message>
        <message>
            <source>Backed up to %1 (SHA-256 %2).</source>
            <translation>已備份到 %1（SHA-256 %2）。</translation>
        </message>
        <message>
            <source>Restored from %1. The database as it was is kept in %2.</source>
            <translation>已從 %1 恢復。原資料庫保存在 %2。</translation>
        </message>
        <message>
            <source>Restore a copy that has no manifest (FILE.json): nothing then shows that its rows are as they were backed up. The audit log says so.</source>
            <translation>恢復沒有清單檔案（FILE.json）的副本：此時無法證明其中的記錄與備份時一致。審計日誌會記下這一點。</translation>
        </message>
        <message>
            <source>Restoring over the damaged file.</source>
            <translation>正在用備份替換損壞的檔案。</translation>
        </message>
        <message>
            <source>Restored from %1. The damaged file is kept, untouched, as %2.</source>
            <translation>已從 %1 恢復。損壞的檔案原樣保留為 %2。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::CallbackCommand</name>
        <message>
            <source>List callbacks to make, oldest first (makes the greetings due by then).</source>
            <translation>列出待回訪，最早的在前（同時生成到該日為止的問候回訪）。</translation>
        </message>
        <message>
            <source>Due on or before this day.</source>
            <translation>在此日期當天或之前到期的。</translation>
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
            <translation>按此時間判斷是否逾期（預設為現在）。</translation>
        </message>
        <message>
            <source>DATETIME</source>
            <translation>日期時間</translation>
        </message>
        <message>
            <source>Only this user's.</source>
            <translation>只列出此用戶負責的。</translation>
        </message>
        <message>
            <source>USER</source>
            <translation>用戶</translation>
        </message>
        <message>
            <source>pending (default), done, missed, cancelled or all.</source>
            <translation>pending（預設）、done、missed、cancelled 或 all。</translation>
        </message>
        <message>
            <source>S</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Only this customer's.</source>
            <translation>只列出此顧客的。</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>--due-by: write a date as YYYY-MM-DD.</source>
            <translation>--due-by：日期請寫成 YYYY-MM-DD。</translation>
        </message>
        <message>
            <source>--as-of: only with --overdue.</source>
            <translation>--as-of：只能與 --overdue 一起使用。</translation>
        </message>
        <message>
            <source>--as-of: write an ISO 8601 date and time.</source>
            <translation>--as-of：請寫 ISO 8601 日期時間。</translation>
        </message>
        <message>
            <source>--status: use pending, done, missed, cancelled or all.</source>
            <translation>--status：請使用 pending、done、missed、cancelled 或 all。</translation>
        </message>
        <message>
            <source>Arrange a call with a customer, assigned to you.</source>
            <translation>與顧客約定一次回訪，由你負責。</translation>
        </message>
        <message>
            <source>Customer id or file number.</source>
            <translation>客戶編號或檔案編號。</translation>
        </message>
        <message>
            <source>When to call.</source>
            <translation>回訪時間。</translation>
        </message>
        <message>
            <source>What the call is about.</source>
            <translation>回訪事項。</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>--due: write an ISO 8601 date and time.</source>
            <translation>--due：請寫 ISO 8601 格式的日期時間。</translation>
        </message>
        <message>
            <source>ID: give one callback id, as `callback list` shows.</source>
            <translation>ID：請給出一個回訪編號（見 `callback list`）。</translation>
        </message>
        <message>
            <source>--%1: required.</source>
            <translation>--%1：必須填寫。</translation>
        </message>
        <message>
            <source>Everyone's callbacks: to make, due today, overdue, and the 30-day on-time rate.</source>
            <translation>每個人的回訪：待回訪、今日到期、逾期，以及 30 天準時率。</translation>
        </message>
        <message>
            <source>Show the callback rules; with options, change them (manager).</source>
            <translation>顯示回訪規則；帶選項時修改規則（店長）。</translation>
        </message>
        <message>
            <source>Days after a purchase of the three calls (3,30,60).</source>
            <translation>購買後三次回訪的天數（3,30,60）。</translation>
        </message>
        <message>
            <source>N,N,N</source>
            <translation>N,N,N</translation>
        </message>
        <message>
            <source>Days after a visit without purchase of the two calls (3,15).</source>
            <translation>到店未購後兩次回訪的天數（3,15）。</translation>
        </message>
        <message>
            <source>N,N</source>
            <translation>N,N</translation>
        </message>
        <message>
            <source>Days after a complaint is resolved (1).</source>
            <translation>投訴解決後幾天回訪（1）。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>Time of day calls are due (10:00).</source>
            <translation>回訪到期的時刻（10:00）。</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <translation>HH:MM</translation>
        </message>
        <message>
            <source>Birthday greetings: on or off.</source>
            <translation>生日問候：on 或 off。</translation>
        </message>
        <message>
            <source>on|off</source>
            <translation>on|off</translation>
        </message>
        <message>
            <source>Holiday greetings: on or off.</source>
            <translation>節日問候：on 或 off。</translation>
        </message>
        <message>
            <source>Calls without answer before a callback is missed (3).</source>
            <translation>無人接聽幾次後記為未聯繫上（3）。</translation>
        </message>
        <message>
            <source>--%1: on or off.</source>
            <translation>--%1：on 或 off。</translation>
        </message>
        <message>
            <source>Remind buyers of a product to have it serviced every N days (0 stops; manager).</source>
            <translation>每隔 N 天提醒購買某產品的顧客保養（0 表示停止；店長）。</translation>
        </message>
        <message>
            <source>Product name, or a part of it that purchase lines contain.</source>
            <translation>產品名稱，或購買明細中包含的名稱片段。</translation>
        </message>
        <message>
            <source>Days between services.</source>
            <translation>兩次保養間隔的天數。</translation>
        </message>
        <message>
            <source>--days: a whole number.</source>
            <translation>--days：請填整數。</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <source>Add a holiday the store greets its customers on (manager).</source>
            <translation>添加一個向顧客致以問候的節日（店長）。</translation>
        </message>
        <message>
            <source>Remove a holiday from the list (manager).</source>
            <translation>從列表中刪除一個節日（店長）。</translation>
        </message>
        <message>
            <source>List the holidays the store greets its customers on.</source>
            <translation>列出向顧客致以問候的節日。</translation>
        </message>
        <message>
            <source>Its name.</source>
            <translation>節日名稱。</translation>
        </message>
        <message>
            <source>Its date this year.</source>
            <translation>今年的日期。</translation>
        </message>
        <message>
            <source>--date: write a date as YYYY-MM-DD.</source>
            <translation>--date：日期請寫成 YYYY-MM-DD。</translation>
        </message>
        <message>
            <source>Added holiday %1.</source>
            <translation>已添加節日 %1。</translation>
        </message>
        <message>
            <source>ID: give one holiday id, as `holiday list` shows.</source>
            <translation>ID：請給出一個節日編號（見 `holiday list`）。</translation>
        </message>
        <message>
            <source>Removed.</source>
            <translation>已刪除。</translation>
        </message>
        <message>
            <source>The call was made: what the customer said.</source>
            <translation>已完成回訪：記下顧客說了什麼。</translation>
        </message>
        <message>
            <source>What the customer said.</source>
            <translation>顧客說了什麼。</translation>
        </message>
        <message>
            <source>1 to 5, where asked.</source>
            <translation>1 到 5 分（問了滿意度時）。</translation>
        </message>
        <message>
            <source>--satisfaction: give 1 to 5.</source>
            <translation>--satisfaction：請給 1 到 5。</translation>
        </message>
        <message>
            <source>Nobody answered: try again tomorrow, missed after the last try.</source>
            <translation>無人接聽：明天再打，最後一次仍未接通則記為未聯繫上。</translation>
        </message>
        <message>
            <source>Move the call to another time.</source>
            <translation>把回訪改到其他時間。</translation>
        </message>
        <message>
            <source>The new time.</source>
            <translation>新的時間。</translation>
        </message>
        <message>
            <source>Why.</source>
            <translation>原因。</translation>
        </message>
        <message>
            <source>--to: write an ISO 8601 date and time.</source>
            <translation>--to：請寫 ISO 8601 格式的日期時間。</translation>
        </message>
        <message>
            <source>Cancel a call, saying why.</source>
            <translation>取消回訪，並寫明原因。</translation>
        </message>
        <message>
            <source>Why it is cancelled.</source>
            <translation>撤銷原因。</translation>
        </message>
        <message>
            <source>Give the call to another user (supervisors and managers).</source>
            <translation>把回訪交給其他人（主管和店長）。</translation>
        </message>
        <message>
            <source>User name.</source>
            <translation>使用者名稱。</translation>
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
        <name>cc::cli::ChurnReportCommand</name>
        <message>
            <source>Customers lost in a period, by reason, with the absolute and relative churn rates and those won back (supervisor, manager).</source>
            <translation>某一期間的流失客戶（按原因分列），含絕對與相對客戶流失率及挽回客戶數（主管、店長）。</translation>
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
            <translation>截止日（含當天），如 2026-12-31。</translation>
        </message>
        <message>
            <source>--from: write a date as YYYY-MM-DD.</source>
            <translation>--from：日期請寫成 YYYY-MM-DD。</translation>
        </message>
        <message>
            <source>--to: write a date as YYYY-MM-DD.</source>
            <translation>--to：日期請寫成 YYYY-MM-DD。</translation>
        </message>
        <message>
            <source>--to: the period ends before it begins.</source>
            <translation>--to：截止日期早於起始日期。</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 至 %2</translation>
        </message>
        <message>
            <source>Absolute churn rate: %1%.</source>
            <translation>絕對客戶流失率：%1%。</translation>
        </message>
        <message>
            <source>Relative churn rate: %1%.</source>
            <translation>相對客戶流失率：%1%。</translation>
        </message>
        <message>
            <source>Relative churn rate: no purchases on record.</source>
            <translation>相對客戶流失率：沒有購買記錄，無法計算。</translation>
        </message>
        <message>
            <source>Purchases of the lost customers: %1 of %2.</source>
            <translation>流失客戶的購買額：%1（全部客戶 %2）。</translation>
        </message>
        <message>
            <source>(no reason)</source>
            <translation>（未填原因）</translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln customer(s) lost of %L2 on file; %L3 won back.</source>
            <translation>
                <numerusform>%1：在冊客戶 %L2 位，流失 %Ln 位，挽回 %L3 位。</numerusform>
            </translation>
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
        <message>
            <source>--%1: required.</source>
            <translation>--%1：必須填寫。</translation>
        </message>
        <message>
            <source>Reply by %1, resolve by %2, handler %3</source>
            <translation>答覆時限 %1，處理時限 %2，處理人 %3</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::CompensationCommand</name>
        <message>
            <source>Request compensation on a complaint; approved at once within your own limit, otherwise it waits for the role whose limit covers it.</source>
            <translation>為投訴申請補償；在你權限內當即批准，否則等待有相應權限的人審批。</translation>
        </message>
        <message>
            <source>refund, exchange, repair, voucher, gift, cash or upgrade.</source>
            <translation>refund、exchange、repair、voucher、gift、cash 或 upgrade。</translation>
        </message>
        <message>
            <source>KIND</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>In yuan, e.g. 300 or 49.90.</source>
            <translation>單位：元，如 300 或 49.90。</translation>
        </message>
        <message>
            <source>AMOUNT</source>
            <translation>金額</translation>
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
            <translation>編號：請給出一個投訴編號，例如 TS-20261202-0001。</translation>
        </message>
        <message>
            <source>--kind: use refund, exchange, repair, voucher, gift, cash or upgrade.</source>
            <translation>--kind：請使用 refund、exchange、repair、voucher、gift、cash 或 upgrade。</translation>
        </message>
        <message>
            <source>--amount</source>
            <translation>--amount</translation>
        </message>
        <message>
            <source>A supervisor's recommendation on a request only a manager may decide.</source>
            <translation>主管對只能由店長審批的申請提出建議。</translation>
        </message>
        <message>
            <source>Approve (optionally at a lower amount) or reject a request, with a comment.</source>
            <translation>批准（可降低金額）或駁回申請，並寫明意見。</translation>
        </message>
        <message>
            <source>Approve the request.</source>
            <translation>批准申請。</translation>
        </message>
        <message>
            <source>Reject the request.</source>
            <translation>駁回申請。</translation>
        </message>
        <message>
            <source>Grant this much instead (yuan).</source>
            <translation>改為批准此金額（元）。</translation>
        </message>
        <message>
            <source>ID: give one request id, as `compensation list` shows.</source>
            <translation>ID：請給出一個申請編號（見 `compensation list`）。</translation>
        </message>
        <message>
            <source>Give either --approve or --reject.</source>
            <translation>請給出 --approve 或 --reject 其中之一。</translation>
        </message>
        <message>
            <source>--amount: only with --approve.</source>
            <translation>--amount：只能與 --approve 一起使用。</translation>
        </message>
        <message>
            <source>List compensation requests, newest first; pending ones oldest first.</source>
            <translation>列出補償申請，最新的在前；待審批的最早的在前。</translation>
        </message>
        <message>
            <source>Only those waiting.</source>
            <translation>只列出待審批的。</translation>
        </message>
        <message>
            <source>Only this case's.</source>
            <translation>只列出此投訴的。</translation>
        </message>
        <message>
            <source>NUMBER</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>Set the most a role may grant alone of a kind (manager only; --max none for no limit).</source>
            <translation>設置某角色可獨自批准的某類補償上限（僅店長；--max none 表示不限）。</translation>
        </message>
        <message>
            <source>Show the authority table: the most each role may grant alone.</source>
            <translation>顯示權限核決表：各角色可獨自批准的上限。</translation>
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
            <source>In yuan, or none.</source>
            <translation>單位：元，或 none。</translation>
        </message>
        <message>
            <source>--role: use clerk, supervisor or manager.</source>
            <translation>--role：請使用 clerk（營業員）、supervisor（主管）或 manager（店長）。</translation>
        </message>
        <message>
            <source>--max</source>
            <translation>--max</translation>
        </message>
        <message>
            <source>Write the customer's slip of a decided request as PDF.</source>
            <translation>把已審批申請的顧客補償單寫成 PDF。</translation>
        </message>
        <message>
            <source>The PDF file to write.</source>
            <translation>要寫入的 PDF 檔案。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>檔案</translation>
        </message>
        <message>
            <source>a5 (default) or 80mm.</source>
            <translation>a5（預設）或 80mm。</translation>
        </message>
        <message>
            <source>SIZE</source>
            <translation>尺寸</translation>
        </message>
        <message>
            <source>--size: use a5 or 80mm.</source>
            <translation>--size：請使用 a5 或 80mm。</translation>
        </message>
        <message>
            <source>Wrote the compensation slip to %1.</source>
            <translation>補償單已寫入 %1。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::ComplaintCommand</name>
        <message>
            <source>Log a complaint; it is numbered TS-YYYYMMDD-NNNN and made major automatically when the rules say so.</source>
            <translation>登記投訴；編號格式為 TS-YYYYMMDD-NNNN，符合規則時自動定為重大投訴。</translation>
        </message>
        <message>
            <source>Customer id or file number.</source>
            <translation>客戶編號或檔案編號。</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>quality, service, price, attitude, delivery or other.</source>
            <translation>quality（質量）、service（售後服務）、price（價格）、attitude（服務態度）、delivery（物流）或 other（其他）。</translation>
        </message>
        <message>
            <source>CATEGORY</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>walk_in, phone, written, online or head_office.</source>
            <translation>walk_in（到店）、phone（電話）、written（書面）、online（網絡）或 head_office（集團轉辦）。</translation>
        </message>
        <message>
            <source>CHANNEL</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>What happened, in the customer's words.</source>
            <translation>發生了什麼（顧客原話）。</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>refund, exchange, repair, compensation, apology or other.</source>
            <translation>refund（退貨）、exchange（換貨）、repair（維修）、compensation（賠償）、apology（道歉）或 other（其他）。</translation>
        </message>
        <message>
            <source>DEMAND</source>
            <translation>訴求</translation>
        </message>
        <message>
            <source>Product or model.</source>
            <translation>商品或型號。</translation>
        </message>
        <message>
            <source>Receipt number.</source>
            <translation>小票號。</translation>
        </message>
        <message>
            <source>NO</source>
            <translation>號碼</translation>
        </message>
        <message>
            <source>Purchase date, YYYY-MM-DD.</source>
            <translation>購買日期，格式 YYYY-MM-DD。</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Price paid, in yuan.</source>
            <translation>購買價格（元）。</translation>
        </message>
        <message>
            <source>AMOUNT</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>User name of the employee complained about.</source>
            <translation>被投訴員工的使用者名稱。</translation>
        </message>
        <message>
            <source>USER</source>
            <translation>用戶</translation>
        </message>
        <message>
            <source>media, regulator, group, manufacturer or safety; repeat for several.</source>
            <translation>media（媒體）、regulator（監管部門）、group（群體）、manufacturer（廠家）或 safety（安全）；可重複多次。</translation>
        </message>
        <message>
            <source>FLAG</source>
            <translation>標記</translation>
        </message>
        <message>
            <source>When the complaint was received (ISO 8601, local time unless an offset is given).</source>
            <translation>受理時間（ISO 8601，未註明時區時為本地時間）。</translation>
        </message>
        <message>
            <source>DATETIME</source>
            <translation>日期時間</translation>
        </message>
        <message>
            <source>--category: use quality, service, price, attitude, delivery or other.</source>
            <translation>--category：請使用 quality、service、price、attitude、delivery 或 other。</translation>
        </message>
        <message>
            <source>--channel: use walk_in, phone, written, online or head_office.</source>
            <translation>--channel：請使用 walk_in、phone、written、online 或 head_office。</translation>
        </message>
        <message>
            <source>--demand: use refund, exchange, repair, compensation, apology or other.</source>
            <translation>--demand：請使用 refund、exchange、repair、compensation、apology 或 other。</translation>
        </message>
        <message>
            <source>--flag: use media, regulator, group, manufacturer or safety.</source>
            <translation>--flag：請使用 media、regulator、group、manufacturer 或 safety。</translation>
        </message>
        <message>
            <source>--purchase-date: write the date as YYYY-MM-DD.</source>
            <translation>--purchase-date：日期請寫成 YYYY-MM-DD。</translation>
        </message>
        <message>
            <source>--received-at: write an ISO 8601 date and time, e.g. 2026-12-02T10:05:00.</source>
            <translation>--received-at：請寫 ISO 8601 日期時間，例如 2026-12-02T10:05:00。</translation>
        </message>
        <message>
            <source>Show a complaint with its timeline (every transition with actor and time).</source>
            <translation>顯示投訴及其處理記錄（每一步的經辦人和時間）。</translation>
        </message>
        <message>
            <source>NUMBER: give one complaint number, e.g. TS-20261202-0001.</source>
            <translation>編號：請給出一個投訴編號，例如 TS-20261202-0001。</translation>
        </message>
        <message>
            <source>List complaints: unescalated major cases first, then by resolve-by time.</source>
            <translation>列出投訴：未上報的重大投訴在前，其餘按處理時限排序。</translation>
        </message>
        <message>
            <source>received, in_progress, awaiting_approval, resolved, closed or cancelled.</source>
            <translation>received（已受理）、in_progress（處理中）、awaiting_approval（待審批）、resolved（已處理）、closed（已結案）或 cancelled（已撤銷）。</translation>
        </message>
        <message>
            <source>S</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>general or major.</source>
            <translation>general（一般）或 major（重大）。</translation>
        </message>
        <message>
            <source>SEVERITY</source>
            <translation>嚴重程度</translation>
        </message>
        <message>
            <source>Only open cases past their promise.</source>
            <translation>只看超過承諾時限的未結投訴。</translation>
        </message>
        <message>
            <source>Judge overdue as of this time (default now).</source>
            <translation>按此時間判斷是否逾期（預設為現在）。</translation>
        </message>
        <message>
            <source>--status: use received, in_progress, awaiting_approval, resolved, closed or cancelled.</source>
            <translation>--status：請使用 received、in_progress、awaiting_approval、resolved、closed 或 cancelled。</translation>
        </message>
        <message>
            <source>--severity: use general or major.</source>
            <translation>--severity：請使用 general 或 major。</translation>
        </message>
        <message>
            <source>--as-of: write an ISO 8601 date and time.</source>
            <translation>--as-of：請寫 ISO 8601 日期時間。</translation>
        </message>
        <message>
            <source>--%1: required.</source>
            <translation>--%1：必須填寫。</translation>
        </message>
        <message>
            <source>--satisfaction: give 1 to 5, or 'declined'.</source>
            <translation>--satisfaction：請給出 1 到 5，或 declined（顧客不願評價）。</translation>
        </message>
        <message>
            <source>Give the case to a handler (supervisor or manager).</source>
            <translation>把投訴分派給處理人（主管或店長）。</translation>
        </message>
        <message>
            <source>User name of the new handler.</source>
            <translation>新處理人的使用者名稱。</translation>
        </message>
        <message>
            <source>Start handling the case.</source>
            <translation>開始處理此投訴。</translation>
        </message>
        <message>
            <source>What was done.</source>
            <translation>做了什麼處理。</translation>
        </message>
        <message>
            <source>1 to 5, or 'declined' when the customer would not say.</source>
            <translation>1 到 5；顧客不願評價時填 declined。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>Reopen a resolved or closed case.</source>
            <translation>重新打開已處理或已結案的投訴。</translation>
        </message>
        <message>
            <source>Why it is reopened.</source>
            <translation>重新打開的原因。</translation>
        </message>
        <message>
            <source>Cancel a complaint the customer withdrew.</source>
            <translation>撤銷顧客已撤回的投訴。</translation>
        </message>
        <message>
            <source>Why it is cancelled.</source>
            <translation>撤銷原因。</translation>
        </message>
        <message>
            <source>Record that a major case was reported (to whom, how).</source>
            <translation>記錄重大投訴已上報（報告給誰、如何報告）。</translation>
        </message>
        <message>
            <source>Who was told.</source>
            <translation>報告給了誰。</translation>
        </message>
        <message>
            <source>Add a note to the case's timeline.</source>
            <translation>在投訴處理記錄中添加備註。</translation>
        </message>
        <message>
            <source>The note.</source>
            <translation>備註內容。</translation>
        </message>
        <message>
            <source>Record how the case was resolved and, if known, the customer's satisfaction.</source>
            <translation>記錄投訴的處理結果，如已知也記錄顧客滿意度。</translation>
        </message>
        <message>
            <source>Record an item the store keeps for the case (--item, --sent-to), or that it went back (--returned).</source>
            <translation>登記本店為此投訴代保管的物品（--item、--sent-to），或登記物品已歸還（--returned）。</translation>
        </message>
        <message>
            <source>What the store keeps.</source>
            <translation>代保管的物品。</translation>
        </message>
        <message>
            <source>Its condition.</source>
            <translation>物品狀況。</translation>
        </message>
        <message>
            <source>Where it was sent (technical department, manufacturer).</source>
            <translation>送交何處（技術部、廠家）。</translation>
        </message>
        <message>
            <source>Everything held went back to the customer.</source>
            <translation>代保管物品已全部歸還顧客。</translation>
        </message>
        <message>
            <source>Custody: give either --item (with --sent-to) or --returned.</source>
            <translation>代保管物品：請給出 --item（及 --sent-to），或 --returned。</translation>
        </message>
        <message>
            <source>Write the slip handed to the customer as a PDF, with a QR code of the number.</source>
            <translation>將交給顧客的回執寫成 PDF，附投訴編號二維碼。</translation>
        </message>
        <message>
            <source>The PDF file to write.</source>
            <translation>要寫入的 PDF 檔案。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>檔案</translation>
        </message>
        <message>
            <source>Paper: a5 (default) or 80mm for receipt printers.</source>
            <translation>紙張：a5（預設），或小票打印機用的 80mm。</translation>
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
            <translation>--size：請填 a5 或 80mm。</translation>
        </message>
        <message>
            <source>Wrote the receipt of %1 to %2.</source>
            <translation>已將 %1 的回執寫入 %2。</translation>
        </message>
        <message>
            <source>Make a general case major (supervisors and managers).</source>
            <translation>將一般投訴升級為重大投訴（主管和店長）。</translation>
        </message>
        <message>
            <source>Why the case is major.</source>
            <translation>為什麼是重大投訴。</translation>
        </message>
        <message>
            <source>Close a resolved case (needs the resolution, the customer's satisfaction and the follow-up callback done).</source>
            <translation>對已解決的投訴結案（需要處理結果、顧客滿意度，並已完成投訴回訪）。</translation>
        </message>
        <message>
            <source>Close although the follow-up callback is not done (supervisors and managers; needs --reason).</source>
            <translation>未完成投訴回訪也結案（主管和店長；需要 --reason）。</translation>
        </message>
        <message>
            <source>Why the case closes without the follow-up callback.</source>
            <translation>不經回訪結案的原因。</translation>
        </message>
        <message>
            <source>--reason: only with --without-callback.</source>
            <translation>--reason：只能與 --without-callback 一起使用。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::CustomerCommand</name>
        <message>
            <source>--%1: use %2.</source>
            <translation>--%1：請使用 %2。</translation>
        </message>
        <message>
            <source>Create a customer file; phones are stored normalised (E.164).</source>
            <translation>新建客戶檔案；電話號碼按 E.164 標準格式保存。</translation>
        </message>
        <message>
            <source>Customer's name.</source>
            <translation>客戶姓名。</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>A phone number; repeat for several.</source>
            <translation>電話號碼；可重複多次填寫多個號碼。</translation>
        </message>
        <message>
            <source>PHONE</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>f or m.</source>
            <translation>f（女）或 m（男）。</translation>
        </message>
        <message>
            <source>G</source>
            <translation>性別</translation>
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
            <translation>類別</translation>
        </message>
        <message>
            <source>normal, confidential or secret.</source>
            <translation>normal（普通）、confidential（機密）或 secret（絕密）。</translation>
        </message>
        <message>
            <source>LEVEL</source>
            <translation>級別</translation>
        </message>
        <message>
            <source>A tag (size, colour, ...); repeat for several.</source>
            <translation>標籤（尺碼、顏色等）；可重複多次。</translation>
        </message>
        <message>
            <source>TAG</source>
            <translation>標籤</translation>
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
            <translation>備註。</translation>
        </message>
        <message>
            <source>When the customer takes calls, e.g. 18:00-21:00.</source>
            <translation>顧客方便接聽電話的時間，如 18:00-21:00。</translation>
        </message>
        <message>
            <source>HH:MM-HH:MM</source>
            <translation>HH:MM-HH:MM</translation>
        </message>
        <message>
            <source>The customer declined calls: no callbacks are scheduled.</source>
            <translation>顧客不接受回訪：不安排任何回訪。</translation>
        </message>
        <message>
            <source>Create the file even if a phone is already on another file.</source>
            <translation>即使電話已在其他檔案中，也新建檔案。</translation>
        </message>
        <message>
            <source>--phone: at least one is required.</source>
            <translation>--phone：至少填寫一個。</translation>
        </message>
        <message>
            <source>--birthday: write the date as YYYY-MM-DD.</source>
            <translation>--birthday：日期請寫成 YYYY-MM-DD。</translation>
        </message>
        <message>
            <source>Created file %1 for %2.</source>
            <translation>已為 %2 建立檔案 %1。</translation>
        </message>
        <message>
            <source>Show a customer's whole file; a protected file needs --reason and a role allowed to see it.</source>
            <translation>顯示客戶的完整檔案；受保護的檔案需要 --reason 並具有查閱權限。</translation>
        </message>
        <message>
            <source>Why you open a protected file (recorded).</source>
            <translation>查閱受保護檔案的原因（會被記錄）。</translation>
        </message>
        <message>
            <source>ID|FILE_NO: give one customer id or file number.</source>
            <translation>ID|FILE_NO：請給出一個客戶編號或檔案號。</translation>
        </message>
        <message>
            <source>Profit contribution: %1 lifetime, %2 in the last 12 months</source>
            <translation>利潤貢獻：累計 %1，近 12 個月 %2</translation>
        </message>
        <message>
            <source>Find customers by phone (full, partial or the last four digits), name in either script, address or note fragment, file number or receipt number; best match first.</source>
            <translation>按電話（完整、部分或尾號後四位）、簡體或繁體姓名、地址或備註片段、檔案編號或小票號查找客戶；最匹配的在前。</translation>
        </message>
        <message>
            <source>At most this many results (default 20).</source>
            <translation>最多顯示多少條結果（預設 20）。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>QUERY: say what to look for.</source>
            <translation>查詢：請說明要找什麼。</translation>
        </message>
        <message>
            <source>--limit: give a whole number from 1 to 200.</source>
            <translation>--limit：請給出 1 到 200 的整數。</translation>
        </message>
        <message>
            <source>No customer matches "%1".</source>
            <translation>沒有與“%1”匹配的客戶。</translation>
        </message>
        <message>
            <source>Record a purchase on a customer file, one --item per line.</source>
            <translation>在客戶檔案中登記一次購買，每件商品一個 --item。</translation>
        </message>
        <message>
            <source>Customer id or file number.</source>
            <translation>客戶編號或檔案編號。</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>Receipt number.</source>
            <translation>小票號。</translation>
        </message>
        <message>
            <source>NO</source>
            <translation>號碼</translation>
        </message>
        <message>
            <source>Purchase date, YYYY-MM-DD.</source>
            <translation>購買日期，格式 YYYY-MM-DD。</translation>
        </message>
        <message>
            <source>"NAME;QTY;UNIT_PRICE;UNIT_COST", prices in yuan; repeat for several.</source>
            <translation>“名稱;數量;單價;單位成本”，金額以元計；可重複多次。</translation>
        </message>
        <message>
            <source>ITEM</source>
            <translation>商品</translation>
        </message>
        <message>
            <source>--date: write the date as YYYY-MM-DD.</source>
            <translation>--date：日期請寫成 YYYY-MM-DD。</translation>
        </message>
        <message>
            <source>--item %1</source>
            <translation>--item 第 %1 項</translation>
        </message>
        <message>
            <source>%1: write NAME;QTY;UNIT_PRICE;UNIT_COST.</source>
            <translation>%1：請寫成 名稱;數量;單價;單位成本。</translation>
        </message>
        <message>
            <source>%1: the quantity is not a whole number.</source>
            <translation>%1：數量不是整數。</translation>
        </message>
        <message>
            <source>%1 price</source>
            <translation>%1 單價</translation>
        </message>
        <message>
            <source>%1 cost</source>
            <translation>%1 成本</translation>
        </message>
        <message>
            <source>Recorded receipt %1: %2.</source>
            <translation>已登記小票 %1：%2。</translation>
        </message>
        <message>
            <source>Write a conversation onto a customer's contact log.</source>
            <translation>把一次溝通記入客戶的溝通記錄。</translation>
        </message>
        <message>
            <source>phone, visit, sms, wechat, email or letter.</source>
            <translation>phone（電話）、visit（到店）、sms（短信）、wechat（微信）、email（郵件）或 letter（信函）。</translation>
        </message>
        <message>
            <source>CHANNEL</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>What was said.</source>
            <translation>溝通內容。</translation>
        </message>
        <message>
            <source>Added to the contact log.</source>
            <translation>已記入溝通記錄。</translation>
        </message>
        <message>
            <source>Import customer files from CSV with a header row (Chinese or English column names). All or nothing: any bad line refuses the whole file and every bad line is reported.</source>
            <translation>從帶表頭（中文或英文列名）的 CSV 導入客戶檔案。全部成功才導入：任何一行有誤都會拒絕整個檔案，並列出所有有誤的行。</translation>
        </message>
        <message>
            <source>auto (default), utf-8 or gb18030.</source>
            <translation>auto（預設，自動識別）、utf-8 或 gb18030。</translation>
        </message>
        <message>
            <source>ENC</source>
            <translation>編碼</translation>
        </message>
        <message>
            <source>Check the file and report, without importing.</source>
            <translation>只檢查檔案並報告，不導入。</translation>
        </message>
        <message>
            <source>FILE: give one CSV file.</source>
            <translation>檔案：請給出一個 CSV 檔案。</translation>
        </message>
        <message>
            <source>--encoding: use auto, utf-8 or gb18030.</source>
            <translation>--encoding：請使用 auto、utf-8 或 gb18030。</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n line(s) need correcting.</source>
            <translation>
                <numerusform>未導入任何內容：有 %n 行需要更正。</numerusform>
            </translation>
        </message>
        <message>
            <source>Columns not imported: %1</source>
            <translation>未導入的列：%1</translation>
        </message>
        <message numerus="yes">
            <source>Dry run: all %n row(s) are good; nothing was written.</source>
            <translation>
                <numerusform>試運行：全部 %n 行均無誤；未寫入任何內容。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n customer file(s).</source>
            <translation>
                <numerusform>已導入 %n 份客戶檔案。</numerusform>
            </translation>
        </message>
        <message>
            <source>Export every customer file to CSV (UTF-8 with BOM, opens in Excel). Manager only; recorded in the audit log.</source>
            <translation>把全部客戶檔案導出為 CSV（帶 BOM 的 UTF-8，可用 Excel 打開）。僅限店長；會記入審計日誌。</translation>
        </message>
        <message>
            <source>FILE: give one file to write.</source>
            <translation>檔案：請給出一個要寫入的檔案。</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n customer file(s).</source>
            <translation>
                <numerusform>已導出 %n 份客戶檔案。</numerusform>
            </translation>
        </message>
        <message>
            <source>Merge two files of the same person: everything of DROP moves onto KEEP (supervisor or manager). DROP's old name, address, company and note stay in its retired record until a manager runs customer erase on KEEP.</source>
            <translation>合併同一人的兩份檔案：DROP 的全部內容移到 KEEP 上（主管或店長）。DROP 原來的姓名、地址、單位和備註保留在其停用記錄中，直到店長對 KEEP 執行 customer erase。</translation>
        </message>
        <message>
            <source>KEEP DROP: give the file to keep and the file to merge into it.</source>
            <translation>KEEP DROP：請給出要保留的檔案和要併入的檔案。</translation>
        </message>
        <message>
            <source>%1 is merged into %2. Its old name, address, company and note stay in its retired record; customer erase %2 removes them with the person.</source>
            <translation>%1 已併入 %2。其原來的姓名、地址、單位和備註保留在停用記錄中；customer erase %2 會連同此人資訊一併刪除。</translation>
        </message>
        <message>
            <source>Erase a customer for good (manager): name, phones, address, notes and family go; the file number, purchases and complaints stay without the person. Audited.</source>
            <translation>徹底刪除客戶（店長）：姓名、電話、地址、備註和家庭成員全部刪除；檔案編號、購買記錄和投訴保留，但不再包含此人資訊。記入審計日誌。</translation>
        </message>
        <message>
            <source>Why the file is erased (recorded).</source>
            <translation>刪除該檔案的原因（將記錄在案）。</translation>
        </message>
        <message>
            <source>--reason: say why the file is erased.</source>
            <translation>--reason：請說明刪除該檔案的原因。</translation>
        </message>
        <message>
            <source>%1 is erased: the person is gone from the file, its purchases and complaints stay.</source>
            <translation>%1 已刪除：檔案中已不含此人資訊，其購買記錄和投訴保留。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::DemoCommand</name>
        <message>
            <source>Fill an empty store with realistic generated customers, complaints, compensation and callbacks (manager).</source>
            <translation>向空門店填入逼真的生成資料：客戶、投訴、賠償和回訪（店長）。</translation>
        </message>
        <message>
            <source>How many customer files.</source>
            <translation>客戶檔案的數量。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>How many complaints over three years (default: half as many as customers).</source>
            <translation>三年內的投訴數量（預設：客戶數的一半）。</translation>
        </message>
        <message>
            <source>The same seed gives the same store (default 20261201).</source>
            <translation>相同的種子生成相同的門店（預設 20261201）。</translation>
        </message>
        <message>
            <source>Read the demo staff's password from PATH (or env COUNTERCARE_NEW_PASSWORD); without one they get a random password a manager resets.</source>
            <translation>從 PATH 讀取示範員工的密碼（或環境變量 COUNTERCARE_NEW_PASSWORD）；未給出時使用隨機密碼，由店長重設。</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>路徑</translation>
        </message>
        <message>
            <source>--customers: give a whole number, such as 100000.</source>
            <translation>--customers：請給出整數，例如 100000。</translation>
        </message>
        <message>
            <source>--complaints: give a whole number, such as 200000.</source>
            <translation>--complaints：請給出整數，例如 200000。</translation>
        </message>
        <message>
            <source>--seed: give a whole number.</source>
            <translation>--seed：請給出整數。</translation>
        </message>
        <message>
            <source>Demo data: %L1 customer files, %L2 purchases, %L3 complaints, %L4 compensations, %L5 callbacks and %L6 staff in %7 s.</source>
            <translation>示範資料：%L1 份客戶檔案、%L2 筆購買、%L3 宗投訴、%L4 筆賠償、%L5 次回訪和 %L6 名員工，用時 %7 秒。</translation>
        </message>
        <message>
            <source>COUNT</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>SEED</source>
            <translation>種子</translation>
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
            <source>Password for %1: </source>
            <translation>%1 的密碼：</translation>
        </message>
        <message>
            <source>Created the store "%1" in %2 with the manager %3.</source>
            <translation>已在 %2 創建門店“%1”，店長為 %3。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::MonthlyReportCommand</name>
        <message>
            <source>Complaints of a month by category, severity, channel and status, with timeliness, satisfaction and compensation granted (supervisor, manager).</source>
            <translation>某月投訴按類別、嚴重程度、渠道和狀態統計，含處理時效、滿意度和已批賠償（主管、店長）。</translation>
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
            <translation>json 或 csv（預設：文本）。</translation>
        </message>
        <message>
            <source>FORMAT</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>--month: give a month such as 2026-11.</source>
            <translation>--month：請給出月份，例如 2026-11。</translation>
        </message>
        <message>
            <source>--format: use json or csv.</source>
            <translation>--format：請使用 json 或 csv。</translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln complaint(s).</source>
            <translation>
                <numerusform>%1：%Ln 宗投訴。</numerusform>
            </translation>
        </message>
        <message>
            <source>By category</source>
            <translation>按類別</translation>
        </message>
        <message>
            <source>By severity</source>
            <translation>按嚴重程度</translation>
        </message>
        <message>
            <source>By channel</source>
            <translation>按渠道</translation>
        </message>
        <message>
            <source>Status now</source>
            <translation>當前狀態</translation>
        </message>
        <message>
            <source>Resolved on time: %1; late: %2.</source>
            <translation>按時處理：%1；逾期：%2。</translation>
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
            <translation>各櫃檯連接時使用的角色：可讀寫門店資料，但無權改動資料庫結構。</translation>
        </message>
        <message>
            <source>ROLE</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>%1 works on a server store: give --db postgresql://USER@HOST:PORT/DBNAME (a file store is made with init, and upgraded when it is opened).</source>
            <translation>%1 用於服務器上的門店：請給出 --db postgresql://用戶@主機:端口/資料庫名（檔案門店用 init 創建，打開時自動升級）。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::ServerInitCommand</name>
        <message>
            <source>Create the schema and the first manager in an empty server database (run as the database's owner role).</source>
            <translation>在空的服務器資料庫中建立資料結構和第一位店長（以資料庫所有者角色運行）。</translation>
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
            <source>Password for %1: </source>
            <translation>%1 的密碼：</translation>
        </message>
        <message>
            <source>Created the store "%1" on %2 with the manager %3.</source>
            <translation>已在 %2 創建門店“%1”，店長為 %3。</translation>
        </message>
        <message>
            <source>The counters connect as %1.</source>
            <translation>各櫃檯以 %1 連接。</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::ServerUpgradeCommand</name>
        <message>
            <source>Apply the numbered migrations to a server store (run as the database's owner role); exit 3 if it is newer than this program.</source>
            <translation>對服務器上的門店執行編號遷移（以資料庫所有者角色運行）；若其版本比本程式新，退出碼為 3。</translation>
        </message>
        <message>
            <source>%1 is at schema %2.</source>
            <translation>%1 的資料結構版本為 %2。</translation>
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
        <name>cc::print::CompensationSlip</name>
        <message>
            <source>Compensation slip %1</source>
            <translation>補償單 %1</translation>
        </message>
        <message>
            <source>Service hotline: %1</source>
            <translation>服務熱線：%1</translation>
        </message>
        <message>
            <source>Compensation slip</source>
            <translation>補償單</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>投訴</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>補償內容</translation>
        </message>
        <message>
            <source>Asked for</source>
            <translation>申請金額</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>審批人</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>審批時間</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Show this slip at the service counter to receive what was granted.</source>
            <translation>請憑此單到服務檯領取補償。</translation>
        </message>
    </context>
    <context>
        <name>cc::print::ComplaintSlip</name>
        <message>
            <source>Service hotline: %1</source>
            <translation>服務熱線：%1</translation>
        </message>
        <message>
            <source>Complaint receipt</source>
            <translation>投訴受理回執</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <source>Receipt no.</source>
            <translation>小票號</translation>
        </message>
        <message>
            <source>Bought on</source>
            <translation>購買日期</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>價格</translation>
        </message>
        <message>
            <source>You asked for</source>
            <translation>您的訴求</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>投訴摘要</translation>
        </message>
        <message>
            <source>We keep</source>
            <translation>代保管物品</translation>
        </message>
        <message>
            <source>Reply by</source>
            <translation>答覆時限</translation>
        </message>
        <message>
            <source>Resolve by</source>
            <translation>處理時限</translation>
        </message>
        <message>
            <source>Handled by</source>
            <translation>受理人</translation>
        </message>
        <message>
            <source>returned %1</source>
            <translation>已於 %1 歸還</translation>
        </message>
        <message>
            <source>sent to %1</source>
            <translation>已送 %1</translation>
        </message>
        <message>
            <source>Show this code at the service counter when you come back.</source>
            <translation>再次來店時，請在服務檯出示此碼。</translation>
        </message>
        <message>
            <source>Please keep this slip until your complaint is settled.</source>
            <translation>投訴處理完畢前請妥善保管本回執。</translation>
        </message>
        <message>
            <source>Complaint receipt %1</source>
            <translation>投訴回執 %1</translation>
        </message>
        <message>
            <source>Received at</source>
            <translation>受理時間</translation>
        </message>
    </context>
    <context>
        <name>cc::print::Slip</name>
        <message>
            <source>PDF: cannot write "%1": %2</source>
            <translation>PDF：無法寫入“%1”：%2</translation>
        </message>
        <message>
            <source>PDF: cannot write "%1".</source>
            <translation>PDF：無法寫入“%1”。</translation>
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
        <message>
            <source>Callback rules</source>
            <translation>回訪規則</translation>
        </message>
        <message>
            <source>Authority table</source>
            <translation>權限核決表</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>備份</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ApprovalsPage</name>
        <message>
            <source>No compensation is waiting for you.</source>
            <translation>沒有等待你審批的補償。</translation>
        </message>
        <message>
            <source>&amp;Approve…</source>
            <translation>批准(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Reject…</source>
            <translation>駁回(&amp;R)…</translation>
        </message>
        <message>
            <source>Re&amp;commend…</source>
            <translation>提出建議(&amp;C)…</translation>
        </message>
        <message>
            <source>Open &amp;case</source>
            <translation>打開投訴(&amp;C)</translation>
        </message>
        <message>
            <source>Approvals</source>
            <translation>審批</translation>
        </message>
        <message>
            <source>Approve, at the amount asked or less (Enter on the list)</source>
            <translation>按申請金額或更低金額批准（在列表上按回車）</translation>
        </message>
        <message>
            <source>Above your limit: give the manager your recommendation</source>
            <translation>超出你的權限：向店長提出建議</translation>
        </message>
        <message>
            <source>Waiting since</source>
            <translation>申請時間</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>投訴</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>Requested by</source>
            <translation>申請人</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>建議</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message numerus="yes">
            <source>%n request(s) waiting</source>
            <translation>
                <numerusform>%n 個申請待審批</numerusform>
            </translation>
        </message>
        <message>
            <source>The case:</source>
            <translation>投訴內容：</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>申請理由：</translation>
        </message>
        <message>
            <source>%1 asked; your limit for %2 is %3.</source>
            <translation>申請 %1；你對%2的權限：%3。</translation>
        </message>
        <message>
            <source>Only a %1 decides; you may recommend.</source>
            <translation>只能由%1審批，你可以提出建議。</translation>
        </message>
        <message>
            <source>Who decides</source>
            <translation>審批級別</translation>
        </message>
        <message>
            <source>%1 asked; you have no limit for %2.</source>
            <translation>申請 %1；你對%2的權限不限。</translation>
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
        <message>
            <source>%1 (identity %2)</source>
            <translation>%1（標識 %2）</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>被拒絕</translation>
        </message>
        <message>
            <source>Store details changed</source>
            <translation>門店資訊已修改</translation>
        </message>
        <message>
            <source>Demo data filled in</source>
            <translation>已填入演示資料</translation>
        </message>
        <message>
            <source>Customer file added</source>
            <translation>新建客戶檔案</translation>
        </message>
        <message>
            <source>Customer file changed</source>
            <translation>修改客戶檔案</translation>
        </message>
        <message>
            <source>Customer erased</source>
            <translation>刪除客戶</translation>
        </message>
        <message>
            <source>Customer files exported</source>
            <translation>導出客戶檔案</translation>
        </message>
        <message>
            <source>Customer files imported</source>
            <translation>導入客戶檔案</translation>
        </message>
        <message>
            <source>Customer files merged</source>
            <translation>合併客戶檔案</translation>
        </message>
        <message>
            <source>Customer file opened</source>
            <translation>打開客戶檔案</translation>
        </message>
        <message>
            <source>Protected file shown</source>
            <translation>查看受保護檔案</translation>
        </message>
        <message>
            <source>Contact noted</source>
            <translation>記錄聯繫</translation>
        </message>
        <message>
            <source>Purchase added</source>
            <translation>添加購買記錄</translation>
        </message>
        <message>
            <source>Complaint logged</source>
            <translation>登記投訴</translation>
        </message>
        <message>
            <source>Case assigned</source>
            <translation>指派投訴</translation>
        </message>
        <message>
            <source>Handling step ticked</source>
            <translation>勾選處理步驟</translation>
        </message>
        <message>
            <source>Compensation on the case</source>
            <translation>投訴涉及賠償</translation>
        </message>
        <message>
            <source>Item taken into custody</source>
            <translation>代保管物品入庫</translation>
        </message>
        <message>
            <source>Item returned</source>
            <translation>代保管物品已歸還</translation>
        </message>
        <message>
            <source>Case escalated</source>
            <translation>投訴已上報</translation>
        </message>
        <message>
            <source>Note added</source>
            <translation>添加備註</translation>
        </message>
        <message>
            <source>Raised to major</source>
            <translation>升級為重大投訴</translation>
        </message>
        <message>
            <source>Compensation requested</source>
            <translation>申請賠償</translation>
        </message>
        <message>
            <source>Compensation recommended</source>
            <translation>推薦賠償</translation>
        </message>
        <message>
            <source>Compensation approved</source>
            <translation>批准賠償</translation>
        </message>
        <message>
            <source>Compensation granted within own limit</source>
            <translation>在本人權限內給予賠償</translation>
        </message>
        <message>
            <source>Compensation rejected</source>
            <translation>駁回賠償</translation>
        </message>
        <message>
            <source>Callback arranged</source>
            <translation>安排回訪</translation>
        </message>
        <message>
            <source>Callback assigned</source>
            <translation>指派回訪</translation>
        </message>
        <message>
            <source>Callback cancelled</source>
            <translation>取消回訪</translation>
        </message>
        <message>
            <source>Callback made</source>
            <translation>完成回訪</translation>
        </message>
        <message>
            <source>Callbacks planned</source>
            <translation>生成回訪計劃</translation>
        </message>
        <message>
            <source>Callback not answered</source>
            <translation>回訪未接通</translation>
        </message>
        <message>
            <source>Callback moved</source>
            <translation>回訪改期</translation>
        </message>
        <message>
            <source>Holiday added</source>
            <translation>添加節假日</translation>
        </message>
        <message>
            <source>Holiday removed</source>
            <translation>刪除節假日</translation>
        </message>
        <message>
            <source>Service interval set</source>
            <translation>設置保養週期</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>已備份</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>已從備份恢復</translation>
        </message>
        <message>
            <source>Case: %1</source>
            <translation>投訴：%1</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>投訴</translation>
        </message>
        <message>
            <source>Compensation</source>
            <translation>賠償</translation>
        </message>
        <message>
            <source>Callback</source>
            <translation>回訪</translation>
        </message>
        <message>
            <source>Callbacks</source>
            <translation>回訪</translation>
        </message>
        <message>
            <source>Holiday</source>
            <translation>節日</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>備份</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>approved by</source>
            <translation>審批人</translation>
        </message>
        <message>
            <source>authority table</source>
            <translation>核決表版本</translation>
        </message>
        <message>
            <source>channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>comment</source>
            <translation>意見</translation>
        </message>
        <message>
            <source>complaint</source>
            <translation>投訴</translation>
        </message>
        <message>
            <source>count</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>days</source>
            <translation>天數</translation>
        </message>
        <message>
            <source>file</source>
            <translation>檔案</translation>
        </message>
        <message>
            <source>files</source>
            <translation>檔案</translation>
        </message>
        <message>
            <source>granted</source>
            <translation>給予</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>made</source>
            <translation>生成</translation>
        </message>
        <message>
            <source>name</source>
            <translation>名稱</translation>
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
            <translation>合計</translation>
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
        <name>cc::ui::AuthorityTab</name>
        <message>
            <source>Save the table</source>
            <translation>保存核決表</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>保存（Ctrl+S）</translation>
        </message>
        <message>
            <source>%1 may grant (¥)</source>
            <translation>%1權限（¥）</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>沒有改動。</translation>
        </message>
        <message>
            <source>Saved as version %1.</source>
            <translation>已保存為第 %1 版。</translation>
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
            <translation>各角色按補償類型可獨自批准的上限（權限核決表）。當前為第 %1 版：每次審批都記錄所依據的版本。</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::BackupList</name>
        <message>
            <source>Made</source>
            <translation>備份時間</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translation>清單</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>資料夾</translation>
        </message>
        <message>
            <source>Checked when made</source>
            <translation>備份時已校驗</translation>
        </message>
        <message>
            <source>No manifest</source>
            <translation>無清單</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::BackupsTab</name>
        <message>
            <source>Back up now</source>
            <translation>立即備份</translation>
        </message>
        <message>
            <source>Restore the selected backup…</source>
            <translation>恢復選中的備份…</translation>
        </message>
        <message>
            <source>Automatic backups run on the first start of each day and on every exit. The folder keeps %1 daily, %2 weekly and %3 monthly copies; a USB stick or a second disk is safest.</source>
            <translation>每天第一次啟動和每次退出時自動備份。資料夾保留 %1 份每日、%2 份每週和 %3 份每月備份；放在U盤或第二塊硬盤上最安全。</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>選擇…</translation>
        </message>
        <message>
            <source>Use this folder</source>
            <translation>使用此資料夾</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>備份資料夾</translation>
        </message>
        <message>
            <source>Restore from a file…</source>
            <translation>從檔案恢復…</translation>
        </message>
        <message>
            <source>Restore from a file</source>
            <translation>從檔案恢復</translation>
        </message>
        <message>
            <source>CounterCare backups (*.sqlite);;All files (*)</source>
            <translation>CounterCare 備份 (*.sqlite);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>Last good backup: %1</source>
            <translation>最近一次有效備份：%1</translation>
        </message>
        <message>
            <source>Backups now go to %1.</source>
            <translation>備份將保存到 %1。</translation>
        </message>
        <message>
            <source>Backed up: %1 (SHA-256 %2…).</source>
            <translation>已備份：%1（SHA-256 %2…）。</translation>
        </message>
        <message>
            <source>Restored from %1. The database as it was is kept in %2.</source>
            <translation>已從 %1 恢復。原資料庫保存在 %2。</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>正在備份…</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CallbackDialog</name>
        <message>
            <source>Call made</source>
            <translation>回訪完成</translation>
        </message>
        <message>
            <source>Record the call</source>
            <translation>記錄回訪</translation>
        </message>
        <message>
            <source>Ask</source>
            <translation>話術</translation>
        </message>
        <message>
            <source>What the customer said *</source>
            <translation>顧客的回答 *</translation>
        </message>
        <message>
            <source>e.g. The coat fits well; she asked how to dry-clean it.</source>
            <translation>例如：大衣很合身，顧客問了乾洗方法。</translation>
        </message>
        <message>
            <source>Not asked</source>
            <translation>未詢問</translation>
        </message>
        <message>
            <source>%1 of 5</source>
            <translation>%1 分（滿分 5）</translation>
        </message>
        <message>
            <source>Customer's satisfaction</source>
            <translation>顧客滿意度</translation>
        </message>
        <message>
            <source>Call at another time</source>
            <translation>改期回訪</translation>
        </message>
        <message>
            <source>Move the call</source>
            <translation>改期</translation>
        </message>
        <message>
            <source>New time *</source>
            <translation>新的時間 *</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>e.g. She asked us to call after the weekend.</source>
            <translation>例如：顧客請我們週末後再打。</translation>
        </message>
        <message>
            <source>Cancel the call</source>
            <translation>取消回訪</translation>
        </message>
        <message>
            <source>Reason *</source>
            <translation>原因 *</translation>
        </message>
        <message>
            <source>e.g. The customer is abroad for three months.</source>
            <translation>例如：顧客出國三個月。</translation>
        </message>
        <message>
            <source>Give the call to a colleague</source>
            <translation>把回訪交給同事</translation>
        </message>
        <message>
            <source>Give the call</source>
            <translation>交給同事</translation>
        </message>
        <message>
            <source>To *</source>
            <translation>交給 *</translation>
        </message>
        <message>
            <source>Arrange a call</source>
            <translation>約定回訪</translation>
        </message>
        <message>
            <source>Arrange the call</source>
            <translation>約定回訪</translation>
        </message>
        <message>
            <source>When *</source>
            <translation>時間 *</translation>
        </message>
        <message>
            <source>About *</source>
            <translation>事項 *</translation>
        </message>
        <message>
            <source>e.g. Tell her when size 38 is back in stock.</source>
            <translation>例如：38 碼到貨後通知顧客。</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>回訪</translation>
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
            <translation>回訪時間</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>回訪人</translation>
        </message>
        <message>
            <source>Last note on the file</source>
            <translation>檔案最新記錄</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CallbackRulesTab</name>
        <message>
            <source>Birthday greetings (customers and their family)</source>
            <translation>生日問候（顧客及其家人）</translation>
        </message>
        <message>
            <source>Holiday greetings, on the holidays listed here</source>
            <translation>節日問候（右側列出的節日）</translation>
        </message>
        <message>
            <source>Holiday</source>
            <translation>節日</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Product (or part of its name)</source>
            <translation>產品（或名稱片段）</translation>
        </message>
        <message>
            <source>Every</source>
            <translation>間隔</translation>
        </message>
        <message>
            <source>When to call</source>
            <translation>何時回訪</translation>
        </message>
        <message>
            <source>After a purchase, on days</source>
            <translation>購買後第</translation>
        </message>
        <message>
            <source>after the purchase</source>
            <translation>天</translation>
        </message>
        <message>
            <source>After a visit without purchase</source>
            <translation>到店未購後</translation>
        </message>
        <message>
            <source>days later</source>
            <translation>天后</translation>
        </message>
        <message>
            <source>After a complaint is resolved</source>
            <translation>投訴解決後</translation>
        </message>
        <message>
            <source>day(s) later (0: the same day)</source>
            <translation>天后（0 表示當天）</translation>
        </message>
        <message>
            <source>Calls are due at</source>
            <translation>回訪時刻</translation>
        </message>
        <message>
            <source>Tries without an answer</source>
            <translation>無人接聽時最多撥打</translation>
        </message>
        <message>
            <source>Customers who declined calls get none; customers with contact hours on their file are called within them.</source>
            <translation>不接受回訪的顧客不安排回訪；檔案中寫明接聽時間的顧客，在其時間內回訪。</translation>
        </message>
        <message>
            <source>Save rules</source>
            <translation>保存規則</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>保存（Ctrl+S）</translation>
        </message>
        <message>
            <source>Holidays</source>
            <translation>節日</translation>
        </message>
        <message>
            <source>e.g. Spring Festival</source>
            <translation>例如：春節</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>刪除</translation>
        </message>
        <message>
            <source>Maintenance reminders</source>
            <translation>保養提醒</translation>
        </message>
        <message>
            <source>e.g. water purifier</source>
            <translation>例如：淨水器</translation>
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
            <translation>已保存。此後安排的回訪按新規則執行。</translation>
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
            <translation>交給同事(&amp;G)…</translation>
        </message>
        <message>
            <source>Open &amp;file</source>
            <translation>打開檔案(&amp;F)</translation>
        </message>
        <message>
            <source>Callbacks</source>
            <translation>回訪</translation>
        </message>
        <message>
            <source>Whose calls to show</source>
            <translation>顯示誰的回訪</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>本週</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>團隊</translation>
        </message>
        <message>
            <source>Call &amp;made…</source>
            <translation>回訪完成(&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;No answer</source>
            <translation>無人接聽(&amp;N)</translation>
        </message>
        <message>
            <source>Cance&amp;l call…</source>
            <translation>取消回訪(&amp;L)…</translation>
        </message>
        <message>
            <source>Record what the customer said (Enter on the list)</source>
            <translation>記錄顧客的回答（在列表上按回車）</translation>
        </message>
        <message>
            <source>Nobody answered: try again tomorrow</source>
            <translation>無人接聽：明天再打</translation>
        </message>
        <message>
            <source>My calls</source>
            <translation>我的回訪</translation>
        </message>
        <message>
            <source>Everyone's calls</source>
            <translation>所有人的回訪</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) today, %1 overdue</source>
            <translation>
                <numerusform>今天 %n 個回訪，其中 %1 個逾期</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) today</source>
            <translation>
                <numerusform>今天 %n 個回訪</numerusform>
            </translation>
        </message>
        <message>
            <source>No customers to call back today.</source>
            <translation>今天沒有待回訪的顧客。</translation>
        </message>
        <message numerus="yes">
            <source>Not answered %n time(s).</source>
            <translation>
                <numerusform>已 %n 次無人接聽。</numerusform>
            </translation>
        </message>
        <message>
            <source>About:</source>
            <translation>事項：</translation>
        </message>
        <message>
            <source>Receipt:</source>
            <translation>小票：</translation>
        </message>
        <message>
            <source>Complaint:</source>
            <translation>投訴：</translation>
        </message>
        <message>
            <source>Birthday of:</source>
            <translation>壽星：</translation>
        </message>
        <message>
            <source>Holiday:</source>
            <translation>節日：</translation>
        </message>
        <message>
            <source>Product:</source>
            <translation>產品：</translation>
        </message>
        <message>
            <source>Last note on the file:</source>
            <translation>檔案最新記錄：</translation>
        </message>
        <message>
            <source>Caller: %1 · File %2</source>
            <translation>回訪人：%1 · 檔案 %2</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>無人接聽</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n 個回訪</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) in the next seven days</source>
            <translation>
                <numerusform>未來七天共 %n 個回訪</numerusform>
            </translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>回訪人</translation>
        </message>
        <message>
            <source>To call</source>
            <translation>待回訪</translation>
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
            <translation>未聯繫上（30 天）</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>準時率</translation>
        </message>
        <message>
            <source>On time: done by the end of the day it was due.</source>
            <translation>準時：在到期當天內完成。</translation>
        </message>
        <message>
            <source>La&amp;ter…</source>
            <translation>改期(&amp;T)…</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>正在統計…</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CaseActionDialog</name>
        <message>
            <source>Add a note</source>
            <translation>添加備註</translation>
        </message>
        <message>
            <source>Note *</source>
            <translation>內容 *</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>添加備註</translation>
        </message>
        <message>
            <source>What happened, who said what, what comes next.</source>
            <translation>發生了什麼、誰說了什麼、下一步做什麼。</translation>
        </message>
        <message>
            <source>Report the major case</source>
            <translation>上報重大投訴</translation>
        </message>
        <message>
            <source>Who was told *</source>
            <translation>已報告給誰 *</translation>
        </message>
        <message>
            <source>Record the report</source>
            <translation>記錄上報</translation>
        </message>
        <message>
            <source>e.g. Told the store manager by phone at 10:30; head office by e-mail.</source>
            <translation>例如：10:30 電話告知店長，並郵件報集團。</translation>
        </message>
        <message>
            <source>Raise to major</source>
            <translation>升級為重大投訴</translation>
        </message>
        <message>
            <source>Why it is major *</source>
            <translation>升級原因 *</translation>
        </message>
        <message>
            <source>e.g. The customer says she will go to the newspaper.</source>
            <translation>例如：顧客表示要找報社。</translation>
        </message>
        <message>
            <source>Resolve the case</source>
            <translation>處理完畢</translation>
        </message>
        <message>
            <source>Resolution *</source>
            <translation>處理結果 *</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>處理完畢</translation>
        </message>
        <message>
            <source>What was done for the customer.</source>
            <translation>為顧客做了什麼。</translation>
        </message>
        <message>
            <source>Reopen the case</source>
            <translation>重新打開投訴</translation>
        </message>
        <message>
            <source>Reason *</source>
            <translation>原因 *</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>重新打開</translation>
        </message>
        <message>
            <source>Why the case is not settled after all.</source>
            <translation>為什麼此投訴仍未解決。</translation>
        </message>
        <message>
            <source>Cancel the complaint</source>
            <translation>撤銷投訴</translation>
        </message>
        <message>
            <source>e.g. The customer withdrew it at the counter.</source>
            <translation>例如：顧客在服務檯撤回了投訴。</translation>
        </message>
        <message>
            <source>Assign the case</source>
            <translation>指派處理人</translation>
        </message>
        <message>
            <source>Handler *</source>
            <translation>處理人 *</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>指派</translation>
        </message>
        <message>
            <source>Keep an item for the case</source>
            <translation>登記代保管物品</translation>
        </message>
        <message>
            <source>Item *</source>
            <translation>物品 *</translation>
        </message>
        <message>
            <source>Record the item</source>
            <translation>登記物品</translation>
        </message>
        <message>
            <source>e.g. one pair of women's boots, size 38</source>
            <translation>例如：女靴一雙，38碼</translation>
        </message>
        <message>
            <source>e.g. heels blackened, otherwise as new</source>
            <translation>例如：鞋跟發黑，其餘完好</translation>
        </message>
        <message>
            <source>e.g. technical department, manufacturer</source>
            <translation>例如：技術部、廠家</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>物品狀況</translation>
        </message>
        <message>
            <source>Sent to</source>
            <translation>送交</translation>
        </message>
        <message>
            <source>Not asked yet</source>
            <translation>尚未詢問</translation>
        </message>
        <message>
            <source>%1 of 5</source>
            <translation>%1 分（滿分 5）</translation>
        </message>
        <message>
            <source>Declined to say</source>
            <translation>顧客不願評價</translation>
        </message>
        <message>
            <source>Customer's satisfaction</source>
            <translation>顧客滿意度</translation>
        </message>
        <message>
            <source>Close without the follow-up call</source>
            <translation>不經回訪結案</translation>
        </message>
        <message>
            <source>Why *</source>
            <translation>原因 *</translation>
        </message>
        <message>
            <source>Close the case</source>
            <translation>結案</translation>
        </message>
        <message>
            <source>e.g. The customer asked not to be called again; she is satisfied.</source>
            <translation>例如：顧客表示滿意，要求不要再打電話。</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CompensationDialog</name>
        <message>
            <source>Request compensation</source>
            <translation>申請補償</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>申請</translation>
        </message>
        <message>
            <source>yuan, e.g. 300</source>
            <translation>元，如 300</translation>
        </message>
        <message>
            <source>Why the customer should be compensated.</source>
            <translation>為何給顧客補償。</translation>
        </message>
        <message>
            <source>Kind *</source>
            <translation>類型 *</translation>
        </message>
        <message>
            <source>Amount ¥ *</source>
            <translation>金額 ¥ *</translation>
        </message>
        <message>
            <source>Reason *</source>
            <translation>原因 *</translation>
        </message>
        <message>
            <source>case %1, requested by %2</source>
            <translation>投訴 %1，申請人 %2</translation>
        </message>
        <message>
            <source>Approve compensation</source>
            <translation>批准補償</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>Grant ¥ *</source>
            <translation>批准金額 ¥ *</translation>
        </message>
        <message>
            <source>e.g. Agreed: the coat had a fault; 200 is our rule.</source>
            <translation>例如：同意，大衣確有質量問題，按店規給 200 元。</translation>
        </message>
        <message>
            <source>Reject compensation</source>
            <translation>駁回補償</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>駁回</translation>
        </message>
        <message>
            <source>e.g. Already exchanged for a new one.</source>
            <translation>例如：已為顧客換新，不再補償。</translation>
        </message>
        <message>
            <source>Recommend to the manager</source>
            <translation>向店長提出建議</translation>
        </message>
        <message>
            <source>Recommend</source>
            <translation>提出建議</translation>
        </message>
        <message>
            <source>What you recommend, and why.</source>
            <translation>你的建議和理由。</translation>
        </message>
        <message>
            <source>Comment *</source>
            <translation>意見 *</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>Your limit for %1: %2.</source>
            <translation>你對%1的權限：%2。</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>You may grant up to %1 of this alone.</source>
            <translation>此類補償你可獨自批准 %1 以內。</translation>
        </message>
        <message>
            <source>Above every limit in the authority table.</source>
            <translation>超出權限核決表中所有人的權限。</translation>
        </message>
        <message>
            <source>Within your limit of %1: approved at once.</source>
            <translation>在你的權限（%1）以內：當即批准。</translation>
        </message>
        <message>
            <source>Above your limit of %1: a %2 decides, and the case waits.</source>
            <translation>超出你的權限（%1）：由%2審批，投訴等待審批。</translation>
        </message>
        <message>
            <source>Grant</source>
            <translation>批准金額</translation>
        </message>
        <message>
            <source>You have no limit for this: approved at once.</source>
            <translation>此類補償你的權限不限：當即批准。</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ComplaintForm</name>
        <message>
            <source>Change</source>
            <translation>更換</translation>
        </message>
        <message>
            <source>Log complaint</source>
            <translation>登記投訴</translation>
        </message>
        <message>
            <source>New complaint</source>
            <translation>新投訴</translation>
        </message>
        <message>
            <source>Phone, last 4 digits, name or file number — Enter picks the best match</source>
            <translation>手機號、尾號4位、姓名或檔案編號——按回車選最佳匹配</translation>
        </message>
        <message>
            <source>Name, for a new customer file</source>
            <translation>姓名（新建客戶檔案）</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>or a new customer:</source>
            <translation>或新顧客：</translation>
        </message>
        <message>
            <source>(not said)</source>
            <translation>（未說明）</translation>
        </message>
        <message>
            <source>Pick one of the customer's receipts, or type</source>
            <translation>從顧客的小票中選擇，或直接輸入</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>未填寫</translation>
        </message>
        <message>
            <source>What happened, in the customer's words: what, when, who said what.</source>
            <translation>用顧客自己的話記錄經過：什麼事、什麼時候、誰說了什麼。</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>媒體</translation>
        </message>
        <message>
            <source>Regulator</source>
            <translation>監管部門</translation>
        </message>
        <message>
            <source>Group of 3+</source>
            <translation>3人以上集體</translation>
        </message>
        <message>
            <source>Manufacturer / head office</source>
            <translation>廠家 / 集團</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>安全事故</translation>
        </message>
        <message>
            <source>Any of these makes the complaint major: report it within 24 hours.</source>
            <translation>勾選任何一項即為重大投訴：須在 24 小時內上報。</translation>
        </message>
        <message>
            <source>Price ¥</source>
            <translation>價格 ¥</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Customer *</source>
            <translation>顧客 *</translation>
        </message>
        <message>
            <source>Type *</source>
            <translation>類型 *</translation>
        </message>
        <message>
            <source>What happened *</source>
            <translation>投訴經過 *</translation>
        </message>
        <message>
            <source>Customer wants</source>
            <translation>顧客訴求</translation>
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
            <translation>購買日期</translation>
        </message>
        <message>
            <source>Staff involved</source>
            <translation>涉及員工</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>特殊情況</translation>
        </message>
        <message>
            <source>Received at</source>
            <translation>受理時間</translation>
        </message>
        <message>
            <source>Log the complaint and give it its number (Ctrl+S)</source>
            <translation>登記投訴並生成投訴編號（Ctrl+S）</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>放棄</translation>
        </message>
        <message>
            <source>Throw away what was typed</source>
            <translation>丟棄已輸入的內容</translation>
        </message>
        <message>
            <source>Back to the list</source>
            <translation>返回列表</translation>
        </message>
        <message>
            <source>The draft is kept (Esc)</source>
            <translation>草稿會保留（Esc）</translation>
        </message>
        <message>
            <source>(nobody named)</source>
            <translation>（未涉及具體員工）</translation>
        </message>
        <message>
            <source>Your unsaved complaint from %1 is back, as you left it. Log it, or discard it.</source>
            <translation>您在 %1 未保存的投訴已原樣恢復。請登記，或放棄。</translation>
        </message>
        <message>
            <source>No customer found — type a name and phone for a new file below.</source>
            <translation>未找到顧客——請在下方輸入姓名和電話新建檔案。</translation>
        </message>
        <message>
            <source>The draft could not be kept: %1</source>
            <translation>草稿未能保存：%1</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>價格</translation>
        </message>
        <message>
            <source>What happened: write what happened, in the customer's words.</source>
            <translation>投訴經過：請用顧客自己的話寫下發生了什麼。</translation>
        </message>
        <message>
            <source>Customer: find the customer, or give a name and phone for a new file.</source>
            <translation>顧客：請查找顧客，或填寫姓名和電話新建檔案。</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ComplaintListModel</name>
        <message>
            <source>Major, not reported</source>
            <translation>重大，未上報</translation>
        </message>
        <message>
            <source>(unassigned)</source>
            <translation>（未指派）</translation>
        </message>
        <message>
            <source>replied</source>
            <translation>已答覆</translation>
        </message>
        <message>
            <source>%1 late</source>
            <translation>%1 已逾期</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>級別</translation>
        </message>
        <message>
            <source>Handler</source>
            <translation>處理人</translation>
        </message>
        <message>
            <source>Reply by</source>
            <translation>答覆時限</translation>
        </message>
        <message>
            <source>Resolve by</source>
            <translation>處理時限</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ComplaintView</name>
        <message>
            <source>media</source>
            <translation>媒體</translation>
        </message>
        <message>
            <source>regulator</source>
            <translation>監管部門</translation>
        </message>
        <message>
            <source>group of three or more</source>
            <translation>3人以上集體投訴</translation>
        </message>
        <message>
            <source>manufacturer / head office</source>
            <translation>廠家 / 集團</translation>
        </message>
        <message>
            <source>safety</source>
            <translation>安全事故</translation>
        </message>
        <message>
            <source>Complaint received</source>
            <translation>受理投訴</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>狀態：%1</translation>
        </message>
        <message>
            <source>Reported as a major case</source>
            <translation>已作為重大投訴上報</translation>
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
            <translation>備註</translation>
        </message>
        <message>
            <source>Start handling</source>
            <translation>開始處理</translation>
        </message>
        <message>
            <source>Add note…</source>
            <translation>添加備註…</translation>
        </message>
        <message>
            <source>Keep an item…</source>
            <translation>代保管物品…</translation>
        </message>
        <message>
            <source>Items returned</source>
            <translation>物品已歸還</translation>
        </message>
        <message>
            <source>Report major case…</source>
            <translation>上報重大投訴…</translation>
        </message>
        <message>
            <source>Raise to major…</source>
            <translation>升級為重大…</translation>
        </message>
        <message>
            <source>Assign…</source>
            <translation>指派…</translation>
        </message>
        <message>
            <source>Resolve…</source>
            <translation>處理完畢…</translation>
        </message>
        <message>
            <source>Close case</source>
            <translation>結案</translation>
        </message>
        <message>
            <source>Reopen…</source>
            <translation>重新打開…</translation>
        </message>
        <message>
            <source>Cancel complaint…</source>
            <translation>撤銷投訴…</translation>
        </message>
        <message>
            <source>Print receipt</source>
            <translation>打印回執</translation>
        </message>
        <message>
            <source>Customer file</source>
            <translation>客戶檔案</translation>
        </message>
        <message>
            <source>Print the customer's receipt slip (Ctrl+P)</source>
            <translation>打印給顧客的回執（Ctrl+P）</translation>
        </message>
        <message>
            <source>Print on A5</source>
            <translation>用 A5 紙打印</translation>
        </message>
        <message>
            <source>Print on the 80 mm receipt printer</source>
            <translation>用 80 毫米小票打印機打印</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>另存為 PDF…</translation>
        </message>
        <message>
            <source>The complaint</source>
            <translation>投訴內容</translation>
        </message>
        <message>
            <source>In the customer's words:</source>
            <translation>顧客原話：</translation>
        </message>
        <message>
            <source>Service promise</source>
            <translation>服務承諾</translation>
        </message>
        <message>
            <source>Five clears</source>
            <translation>五清</translation>
        </message>
        <message>
            <source>When</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>經辦人</translation>
        </message>
        <message>
            <source>What</source>
            <translation>內容</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>處理經過</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>類型</translation>
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
            <translation>購買日期</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>價格</translation>
        </message>
        <message>
            <source>Wants</source>
            <translation>訴求</translation>
        </message>
        <message>
            <source>Staff involved</source>
            <translation>涉及員工</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>特殊情況</translation>
        </message>
        <message>
            <source>Major because</source>
            <translation>重大原因</translation>
        </message>
        <message>
            <source>Handler</source>
            <translation>處理人</translation>
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
            <translation>已於 %1 歸還</translation>
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
            <translation>處理結果</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>滿意度</translation>
        </message>
        <message>
            <source>declined to say</source>
            <translation>顧客不願評價</translation>
        </message>
        <message>
            <source>%1 of 5</source>
            <translation>%1 分（滿分 5）</translation>
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
            <translation>受理時間：%1</translation>
        </message>
        <message>
            <source>Reply by</source>
            <translation>答覆時限</translation>
        </message>
        <message>
            <source>Resolve by</source>
            <translation>處理時限</translation>
        </message>
        <message>
            <source>Reported: %1</source>
            <translation>已上報：%1</translation>
        </message>
        <message>
            <source>Report by</source>
            <translation>上報時限</translation>
        </message>
        <message>
            <source>Complaint receipt %1</source>
            <translation>投訴回執 %1</translation>
        </message>
        <message>
            <source>The printer could not be opened.</source>
            <translation>無法打開打印機。</translation>
        </message>
        <message>
            <source>Save the receipt as PDF</source>
            <translation>將回執保存為 PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved the receipt to %1.</source>
            <translation>回執已保存到 %1。</translation>
        </message>
        <message>
            <source>Close without the call…</source>
            <translation>不經回訪結案…</translation>
        </message>
        <message>
            <source>Close although the follow-up call is not done, saying why</source>
            <translation>未完成投訴回訪也結案，需寫明原因</translation>
        </message>
        <message>
            <source>Compensation…</source>
            <translation>補償…</translation>
        </message>
        <message>
            <source>%1 — waiting for a %2</source>
            <translation>%1 — 等待%2審批</translation>
        </message>
        <message>
            <source>%1 — %2 granted by %3</source>
            <translation>%1 — %3 批准 %2</translation>
        </message>
        <message>
            <source>%1 — rejected by %2</source>
            <translation>%1 — 被 %2 駁回</translation>
        </message>
        <message>
            <source>Compensation</source>
            <translation>賠償</translation>
        </message>
        <message>
            <source>Print the compensation slip: %1 %2</source>
            <translation>打印補償單：%1 %2</translation>
        </message>
        <message>
            <source>Compensation slip %1</source>
            <translation>補償單 %1</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ComplaintsPage</name>
        <message>
            <source>Complaints</source>
            <translation>投訴</translation>
        </message>
        <message>
            <source>New complaint</source>
            <translation>新投訴</translation>
        </message>
        <message>
            <source>Log a new complaint (Ctrl+N)</source>
            <translation>登記新投訴（Ctrl+N）</translation>
        </message>
        <message>
            <source>My cases</source>
            <translation>我的投訴</translation>
        </message>
        <message>
            <source>All open</source>
            <translation>全部未結</translation>
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
            <translation>您沒有未結的投訴。登記新投訴：Ctrl+N。</translation>
        </message>
        <message>
            <source>No open complaints.</source>
            <translation>沒有未結的投訴。</translation>
        </message>
        <message>
            <source>No reply or resolution is due today.</source>
            <translation>今天沒有到期的答覆或處理。</translation>
        </message>
        <message>
            <source>Nothing is overdue: every promise is being kept.</source>
            <translation>沒有逾期的投訴：每一項承諾都在兌現。</translation>
        </message>
        <message>
            <source>No complaints yet.</source>
            <translation>還沒有投訴。</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 cases shown; more as you scroll</source>
            <translation>已顯示 %1 宗投訴，向下滾動顯示更多</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ContactDialog</name>
        <message>
            <source>Record a conversation</source>
            <translation>記錄溝通</translation>
        </message>
        <message>
            <source>What did the customer ask, and what did you answer?</source>
            <translation>顧客問了什麼？您是怎麼答覆的？</translation>
        </message>
        <message>
            <source>Record conversation</source>
            <translation>記錄溝通</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Note *</source>
            <translation>內容 *</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CustomerDialog</name>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Create file</source>
            <translation>建立檔案</translation>
        </message>
        <message>
            <source>New customer file</source>
            <translation>新建客戶檔案</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>未填寫</translation>
        </message>
        <message>
            <source>e.g. 138 0013 8000</source>
            <translation>例如：138 0013 8000</translation>
        </message>
        <message>
            <source>with area code, e.g. 0755 8888 6666</source>
            <translation>需帶區號，例如：0755 8888 6666</translation>
        </message>
        <message>
            <source>separate with commas: 38码, 喜欢黑色</source>
            <translation>用逗號分隔：38碼, 喜歡黑色</translation>
        </message>
        <message>
            <source>sizes, colours, favourite products, best time to call</source>
            <translation>尺碼、顏色、喜愛的商品、方便聯繫的時間</translation>
        </message>
        <message>
            <source>e.g. walk-in, friend's referral, online</source>
            <translation>例如：到店、朋友介紹、網絡</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>姓名 *</translation>
        </message>
        <message>
            <source>Mobile *</source>
            <translation>手機 *</translation>
        </message>
        <message>
            <source>Home phone</source>
            <translation>家庭電話</translation>
        </message>
        <message>
            <source>Office phone</source>
            <translation>單位電話</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性別</translation>
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
            <translation>類別</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>保密級別</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>標籤</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>偏好</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>資訊來源</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Create the file (Ctrl+S)</source>
            <translation>建立檔案（Ctrl+S）</translation>
        </message>
        <message>
            <source>Name: required.</source>
            <translation>姓名：必須填寫。</translation>
        </message>
        <message>
            <source>Same phone number</source>
            <translation>電話號碼相同</translation>
        </message>
        <message>
            <source>This number is already on file %1 (%2). Is it the same customer?</source>
            <translation>這個號碼已在檔案 %1（%2）中。是同一位顧客嗎？</translation>
        </message>
        <message>
            <source>Open %1</source>
            <translation>打開 %1</translation>
        </message>
        <message>
            <source>Create a new file anyway</source>
            <translation>仍然新建檔案</translation>
        </message>
        <message>
            <source>Family member</source>
            <translation>家庭成員</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>關係</translation>
        </message>
        <message>
            <source>Birthday (YYYY-MM-DD)</source>
            <translation>生日（YYYY-MM-DD）</translation>
        </message>
        <message>
            <source>why the customer stopped buying</source>
            <translation>客戶為什麼不再購買</translation>
        </message>
        <message>
            <source>Loyalty stage</source>
            <translation>忠誠度階段</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Reason lost</source>
            <translation>流失原因</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>負責人</translation>
        </message>
        <message>
            <source>Edit file %1</source>
            <translation>編輯檔案 %1</translation>
        </message>
        <message>
            <source>Save file</source>
            <translation>保存檔案</translation>
        </message>
        <message>
            <source>Save the file (Ctrl+S)</source>
            <translation>保存檔案（Ctrl+S）</translation>
        </message>
        <message>
            <source>Declined calls: schedule no callbacks</source>
            <translation>不接受回訪：不安排任何回訪</translation>
        </message>
        <message>
            <source>Takes calls</source>
            <translation>接聽時間</translation>
        </message>
        <message>
            <source>Declined calls</source>
            <translation>不接受回訪</translation>
        </message>
        <message>
            <source>e.g. 18:00-21:00</source>
            <translation>例如 18:00-21:00</translation>
        </message>
        <message>
            <source>When the customer takes calls; empty means any time</source>
            <translation>顧客方便接聽電話的時間；不填表示任何時間</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CustomerMatchModel</name>
        <message>
            <source>%1 (protected)</source>
            <translation>%1（受保護）</translation>
        </message>
        <message>
            <source>File no.</source>
            <translation>檔案編號</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>等級</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CustomerTimelineModel</name>
        <message>
            <source>Purchase</source>
            <translation>購買</translation>
        </message>
        <message>
            <source>Receipt %1: %2</source>
            <translation>小票 %1：%2</translation>
        </message>
        <message>
            <source>When</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>內容</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>By</source>
            <translation>經辦人</translation>
        </message>
        <message>
            <source>Major complaint</source>
            <translation>重大投訴</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>投訴</translation>
        </message>
        <message>
            <source>Callback to make</source>
            <translation>待回訪</translation>
        </message>
        <message>
            <source>granted %1</source>
            <translation>批准 %1</translation>
        </message>
        <message>
            <source>Compensation</source>
            <translation>賠償</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CustomerView</name>
        <message>
            <source>Record &amp;purchase…</source>
            <translation>記錄購買(&amp;P)…</translation>
        </message>
        <message>
            <source>Record &amp;conversation…</source>
            <translation>記錄溝通(&amp;C)…</translation>
        </message>
        <message>
            <source>Record a purchase on this file (Alt+P)</source>
            <translation>在此檔案中登記一次購買（Alt+P）</translation>
        </message>
        <message>
            <source>Write what was said onto the contact log (Alt+C)</source>
            <translation>把溝通內容記入溝通記錄（Alt+C）</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>購買</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>溝通</translation>
        </message>
        <message>
            <source>Find a customer with the search box above (F2): a phone number, its last four digits, a name, a file or receipt number.

No file yet? Create one with Ctrl+Shift+N.</source>
            <translation>用上方的搜索框查找客戶（F2）：手機號、尾號後四位、姓名、檔案編號或小票號。

還沒有檔案？按 Ctrl+Shift+N 新建。</translation>
        </message>
        <message>
            <source>History</source>
            <translation>往來記錄</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>顯示</translation>
        </message>
        <message>
            <source>%1 file: do not share its contents.</source>
            <translation>%1檔案：不得洩露其內容。</translation>
        </message>
        <message>
            <source>Birthday this week (%1).</source>
            <translation>本週生日（%1）。</translation>
        </message>
        <message>
            <source>%1's birthday this week.</source>
            <translation>%1 本週生日。</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性別</translation>
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
            <translation>備註</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>負責人</translation>
        </message>
        <message>
            <source>&lt;b&gt;Profit contribution&lt;/b&gt;&lt;br&gt;Lifetime: %1&lt;br&gt;Last 12 months: %2&lt;br&gt;Purchases: %3 · %4 in all</source>
            <translation>&lt;b&gt;利潤貢獻&lt;/b&gt;&lt;br&gt;累計：%1&lt;br&gt;近 12 個月：%2&lt;br&gt;購買：%3 次 · 共 %4</translation>
        </message>
        <message>
            <source>&amp;Edit file…</source>
            <translation>編輯檔案(&amp;E)…</translation>
        </message>
        <message>
            <source>Add to or correct this file (Alt+E)</source>
            <translation>補充或更正此檔案（Alt+E）</translation>
        </message>
        <message numerus="yes">
            <source>%n open complaint(s).</source>
            <translation>
                <numerusform>有 %n 件未結投訴。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Has complained %n times.</source>
            <translation>
                <numerusform>已投訴 %n 次。</numerusform>
            </translation>
        </message>
        <message>
            <source>Arrange a ca&amp;ll…</source>
            <translation>約定回訪(&amp;L)…</translation>
        </message>
        <message>
            <source>Put a call to this customer on your call list (Alt+L)</source>
            <translation>把給這位顧客的回訪加入你的回訪清單（Alt+L）</translation>
        </message>
        <message>
            <source>Takes calls</source>
            <translation>接聽時間</translation>
        </message>
        <message>
            <source>no — declined calls</source>
            <translation>不接受回訪</translation>
        </message>
        <message>
            <source>any time</source>
            <translation>任何時間</translation>
        </message>
        <message>
            <source>Next call</source>
            <translation>下次回訪</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CustomersPage</name>
        <message>
            <source>New customer file…</source>
            <translation>新建客戶檔案…</translation>
        </message>
        <message>
            <source>Create a customer file (Ctrl+Shift+N)</source>
            <translation>新建客戶檔案（Ctrl+Shift+N）</translation>
        </message>
        <message>
            <source>Type in the search box above to find customers.</source>
            <translation>在上方搜索框輸入內容查找客戶。</translation>
        </message>
        <message>
            <source>No customer matches "%1". Create a new file with Ctrl+Shift+N.</source>
            <translation>沒有與“%1”匹配的客戶。按 Ctrl+Shift+N 新建檔案。</translation>
        </message>
        <message numerus="yes">
            <source>%n customer(s) found, best match first.</source>
            <translation>
                <numerusform>找到 %n 位客戶，最匹配的在前。</numerusform>
            </translation>
        </message>
        <message>
            <source>Protected customer file</source>
            <translation>受保護的客戶檔案</translation>
        </message>
        <message>
            <source>This file is protected. Why do you open it? (recorded)</source>
            <translation>此檔案受保護。請說明查閱原因（會被記錄）：</translation>
        </message>
        <message>
            <source>Customer file</source>
            <translation>客戶檔案</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>導入…</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n customer file(s).</source>
            <translation>
                <numerusform>已導入 %n 份客戶檔案。</numerusform>
            </translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>導出…</translation>
        </message>
        <message>
            <source>Export customer files</source>
            <translation>導出客戶檔案</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 檔案 (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n customer file(s).</source>
            <translation>
                <numerusform>已導出 %n 份客戶檔案。</numerusform>
            </translation>
        </message>
        <message>
            <source>The first %1 of more than %1 customers, best match first: type more of the number or the name to narrow it.</source>
            <translation>顯示前 %1 位（共超過 %1 位客戶），最匹配的在前：請多輸入幾位號碼或姓名以縮小範圍。</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::DamagedStoreDialog</name>
        <message>
            <source>Restore the selected backup</source>
            <translation>恢復選中的備份</translation>
        </message>
        <message>
            <source>Open read-only to rescue data</source>
            <translation>只讀打開以搶救資料</translation>
        </message>
        <message>
            <source>CounterCare cannot use its database</source>
            <translation>CounterCare 無法使用資料庫</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>資料庫已損壞</translation>
        </message>
        <message>
            <source>The database file cannot be used</source>
            <translation>資料庫檔案無法使用</translation>
        </message>
        <message>
            <source>CounterCare will not write to this file. Restore the newest good backup (the damaged file is kept aside, untouched), or open it read-only to look up and export what can still be read. A manager of the backup signs the restore.</source>
            <translation>CounterCare 不會寫入這個檔案。請恢復最新的有效備份（損壞的檔案會原樣另存），或以只讀方式打開，查閱並導出還能讀取的資料。恢復需由備份中的店長簽名確認。</translation>
        </message>
        <message>
            <source>No backups were found in %1. Choose a backup file, for example on the USB stick.</source>
            <translation>在 %1 中沒有找到備份。請選擇備份檔案，例如U盤上的。</translation>
        </message>
        <message>
            <source>Backups found (newest first):</source>
            <translation>找到的備份（最新的在前）：</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>店長</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密碼</translation>
        </message>
        <message>
            <source>Choose a backup file…</source>
            <translation>選擇備份檔案…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <translation>選擇備份檔案</translation>
        </message>
        <message>
            <source>CounterCare backups (*.sqlite);;All files (*)</source>
            <translation>CounterCare 備份 (*.sqlite);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>Manager: type the name of a manager of the backup.</source>
            <translation>店長：請輸入備份中店長的使用者名稱。</translation>
        </message>
        <message>
            <source>Restore a backup without its manifest?</source>
            <translation>恢復沒有清單檔案的備份？</translation>
        </message>
        <message>
            <source>%1 has no manifest (%2). Only the file's integrity can be checked: nothing shows that its customers, complaints and audit entries are as they were when the backup was made. The audit log will say that it was restored unverified.</source>
            <translation>%1 沒有清單檔案（%2）。只能檢查檔案本身是否完整：無法證明其中的客戶檔案、投訴和審計記錄與備份時一致。審計日誌會記下這次是未經核對的恢復。</translation>
        </message>
        <message>
            <source>Restore it unverified</source>
            <translation>仍然恢復（未經核對）</translation>
        </message>
        <message>
            <source>Nothing was restored.</source>
            <translation>未做任何恢復。</translation>
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
        <message numerus="yes">
            <source>%n call(s) to make, %1 overdue</source>
            <translation>
                <numerusform>待回訪 %n 個，其中 %1 個逾期</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) to make</source>
            <translation>
                <numerusform>待回訪 %n 個</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n complaint(s) overdue</source>
            <translation>
                <numerusform>%n 個投訴逾期</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n compensation request(s) to decide</source>
            <translation>
                <numerusform>%n 個補償申請待審批</numerusform>
            </translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>備份</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>只讀</translation>
        </message>
        <message>
            <source>On a network share</source>
            <translation>在網絡共享上</translation>
        </message>
        <message>
            <source>Last good backup %1</source>
            <translation>最近一次有效備份 %1</translation>
        </message>
        <message>
            <source>No backup yet</source>
            <translation>尚無備份</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>已損壞</translation>
        </message>
        <message>
            <source>Being checked</source>
            <translation>正在檢查</translation>
        </message>
        <message>
            <source>Nothing more is saved to it. Close the counter to restore a backup.</source>
            <translation>不再向其中保存任何內容。請關閉櫃檯，從備份恢復。</translation>
        </message>
        <message>
            <source>My calls today</source>
            <translation>我今天的回訪</translation>
        </message>
        <message>
            <source>My open cases</source>
            <translation>我未結的投訴</translation>
        </message>
        <message>
            <source>Waiting on me</source>
            <translation>等我處理</translation>
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
            <translation>回車：開始這次回訪</translation>
        </message>
        <message>
            <source>No calls left for today.</source>
            <translation>今天沒有待回訪的客戶了。</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%2 前%1</translation>
        </message>
        <message>
            <source>reply</source>
            <translation>答覆</translation>
        </message>
        <message>
            <source>resolve</source>
            <translation>處理完畢</translation>
        </message>
        <message>
            <source> · overdue</source>
            <translation> · 已超時</translation>
        </message>
        <message>
            <source>%1 · %2 waits for your first reply</source>
            <translation>%1 · %2 等待您的首次答覆</translation>
        </message>
        <message>
            <source>No open cases. New complaint: Ctrl+N.</source>
            <translation>沒有未結的投訴。新投訴：Ctrl+N。</translation>
        </message>
        <message>
            <source>%1 · %2 %3 to decide, asked by %4</source>
            <translation>%1 · %2 %3 待審批，申請人 %4</translation>
        </message>
        <message>
            <source>Nothing waits on you.</source>
            <translation>暫無等您處理的事項。</translation>
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
        <name>cc::ui::ExitBackup</name>
        <message>
            <source>CounterCare</source>
            <translation>CounterCare 櫃檯客服</translation>
        </message>
        <message>
            <source>Backing up before CounterCare closes…</source>
            <translation>CounterCare 關閉前正在備份…</translation>
        </message>
        <message>
            <source>Every exit leaves a checked copy of the store in the backup folder. A large store takes a few minutes; please do not switch the computer off.</source>
            <translation>每次退出都會在備份資料夾中留下一份經過檢查的資料副本。資料量大時需要幾分鐘，請不要關閉電腦。</translation>
        </message>
        <message>
            <source>Skip this backup</source>
            <translation>跳過本次備份</translation>
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
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>保存（Ctrl+S）</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ImportDialog</name>
        <message>
            <source>Check file</source>
            <translation>檢查檔案</translation>
        </message>
        <message>
            <source>Import customers</source>
            <translation>導入客戶</translation>
        </message>
        <message>
            <source>Import customer files</source>
            <translation>導入客戶檔案</translation>
        </message>
        <message>
            <source>Detect automatically</source>
            <translation>自動識別</translation>
        </message>
        <message>
            <source>GB18030 (Excel in China)</source>
            <translation>GB18030（中文版 Excel）</translation>
        </message>
        <message>
            <source>A CSV file with a header row: 姓名 / name and 手机 / 电话 / phone are required; 性别, 生日, 地址, 公司, 标签, 来源, 备注 are read when present. Nothing is imported unless every line is good.</source>
            <translation>帶表頭的 CSV 檔案：必須有“姓名”和“手機/電話”列；如有“性別、生日、地址、公司、標籤、來源、備註”列也會讀取。只有每一行都無誤時才會導入。</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>選擇…</translation>
        </message>
        <message>
            <source>File</source>
            <translation>檔案</translation>
        </message>
        <message>
            <source>Encoding</source>
            <translation>編碼</translation>
        </message>
        <message>
            <source>Choose a CSV file</source>
            <translation>選擇 CSV 檔案</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV 檔案 (*.csv);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) need correcting; nothing can be imported until the file is fixed.</source>
            <translation>
                <numerusform>有 %n 行需要更正；改好檔案之前不能導入。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n row(s) are good and ready to import.</source>
            <translation>
                <numerusform>全部 %n 行均無誤，可以導入。</numerusform>
            </translation>
        </message>
        <message>
            <source>Columns not imported: %1</source>
            <translation>未導入的列：%1</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <translation>正在檢查檔案…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在導入…</translation>
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
        <message>
            <source>Customers</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Find a customer: phone, last 4 digits, name, file or receipt number; or a complaint number (F2)</source>
            <translation>查找顧客：手機號、尾號4位、姓名、檔案編號或小票號；或投訴編號（F2）</translation>
        </message>
        <message>
            <source>Complaints (%1)</source>
            <translation>投訴 (%1)</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>投訴</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) overdue</source>
            <translation>
                <numerusform>%n 件逾期</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;table cellpadding='3'&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2 / Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Find a customer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open the best match&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New complaint (for the customer on screen)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New customer file&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Print the complaint receipt&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save the form&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lock the screen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Refresh the page&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Close a dialog (asks before anything typed is lost)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
            <translation>&lt;table cellpadding='3'&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2 / Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;查找顧客&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;打開最佳匹配&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;新投訴（針對螢幕上的顧客）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;新建客戶檔案&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;打印投訴回執&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;保存表單&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;鎖定螢幕&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;刷新頁面&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;退出&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;關閉對話框（會先確認，已輸入的內容不會悄悄丟失）&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
        </message>
        <message>
            <source>Callbacks (%1)</source>
            <translation>回訪 (%1)</translation>
        </message>
        <message>
            <source>Callbacks</source>
            <translation>回訪</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) to make today</source>
            <translation>
                <numerusform>今天要打 %n 個回訪電話</numerusform>
            </translation>
        </message>
        <message>
            <source>Approvals (%1)</source>
            <translation>審批 (%1)</translation>
        </message>
        <message>
            <source>Approvals</source>
            <translation>審批</translation>
        </message>
        <message numerus="yes">
            <source>%n request(s) waiting for a decision</source>
            <translation>
                <numerusform>%n 個申請待審批</numerusform>
            </translation>
        </message>
        <message>
            <source>Read-only: this database is open to rescue data. Nothing can be saved; look up and export what you need, then restore a backup.</source>
            <translation>只讀：此資料庫僅為搶救資料而打開，無法保存任何內容；請查閱並導出所需資料，然後恢復備份。</translation>
        </message>
        <message>
            <source>The database was restored from a backup. Sign in again.</source>
            <translation>資料庫已從備份恢復，請重新登入。</translation>
        </message>
        <message>
            <source>Database: read-only</source>
            <translation>資料庫：只讀</translation>
        </message>
        <message>
            <source>Last backup: %1</source>
            <translation>最近備份：%1</translation>
        </message>
        <message>
            <source>No backup yet</source>
            <translation>尚無備份</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>報表</translation>
        </message>
        <message>
            <source>Database: damaged</source>
            <translation>資料庫：已損壞</translation>
        </message>
        <message>
            <source>Database: being checked</source>
            <translation>資料庫：正在檢查</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>資料庫已損壞</translation>
        </message>
        <message>
            <source>Today's check of the database file found it damaged. So that the damage does not spread, nothing more is saved to it: saving now fails.

What is on screen stays until the counter is closed; note down anything not yet saved. When the counter closes, CounterCare checks the file again and offers to restore the last good backup.</source>
            <translation>今天對資料庫檔案的檢查發現它已損壞。為免損壞擴大，不再向其中保存任何內容：現在保存都會失敗。

螢幕上的內容會保留到關閉櫃檯為止，請把尚未保存的內容記下來。關閉櫃檯後，CounterCare 會再次檢查該檔案，並提供從最近一份完好的備份恢復。</translation>
        </message>
        <message>
            <source>Close the counter and restore</source>
            <translation>關閉櫃檯並恢復</translation>
        </message>
        <message>
            <source>Keep the window open</source>
            <translation>暫不關閉窗口</translation>
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
        <name>cc::ui::PurchaseDialog</name>
        <message>
            <source>Record purchase</source>
            <translation>記錄購買</translation>
        </message>
        <message>
            <source>Record a purchase</source>
            <translation>記錄購買</translation>
        </message>
        <message>
            <source>as printed on the receipt</source>
            <translation>與小票上印的一致</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>Unit price (¥)</source>
            <translation>單價（¥）</translation>
        </message>
        <message>
            <source>Unit cost (¥)</source>
            <translation>單位成本（¥）</translation>
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
            <translation>小票號 *</translation>
        </message>
        <message>
            <source>Date *</source>
            <translation>日期 *</translation>
        </message>
        <message>
            <source>Record the purchase (Ctrl+S)</source>
            <translation>登記這次購買（Ctrl+S）</translation>
        </message>
        <message>
            <source>Total: %1</source>
            <translation>合計：%1</translation>
        </message>
        <message>
            <source>Line %1</source>
            <translation>第 %1 行</translation>
        </message>
        <message>
            <source>%1: the quantity is not a whole number.</source>
            <translation>%1：數量不是整數。</translation>
        </message>
        <message>
            <source>%1 unit price</source>
            <translation>%1 單價</translation>
        </message>
        <message>
            <source>%1 unit cost</source>
            <translation>%1 單位成本</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ReportRun</name>
        <message>
            <source>Reading…</source>
            <translation>正在統計…</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ReportsPage</name>
        <message>
            <source>Share</source>
            <translation>佔比</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>報表</translation>
        </message>
        <message>
            <source>Reports about customers are reviewed by the store manager before they are handed out.</source>
            <translation>涉及客戶資訊的報表，須經店長審查後方可報發。</translation>
        </message>
        <message>
            <source>Monthly complaints</source>
            <translation>月度投訴統計</translation>
        </message>
        <message>
            <source>Customer churn</source>
            <translation>客戶流失</translation>
        </message>
        <message>
            <source>Show the month</source>
            <translation>生成月報</translation>
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation>月份(&amp;M)：</translation>
        </message>
        <message>
            <source>Complaints received</source>
            <translation>受理投訴</translation>
        </message>
        <message>
            <source>Resolved on time / late</source>
            <translation>按時 / 逾期處理</translation>
        </message>
        <message>
            <source>Average satisfaction</source>
            <translation>平均滿意度</translation>
        </message>
        <message>
            <source>Compensation granted</source>
            <translation>已批准賠償</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>級別</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Status now</source>
            <translation>當前狀態</translation>
        </message>
        <message>
            <source>Show the period</source>
            <translation>統計該期間</translation>
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
            <translation>在冊客戶</translation>
        </message>
        <message>
            <source>Lost in the period</source>
            <translation>期間流失</translation>
        </message>
        <message>
            <source>Won back in the period</source>
            <translation>期間挽回</translation>
        </message>
        <message>
            <source>Absolute churn rate</source>
            <translation>絕對客戶流失率</translation>
        </message>
        <message>
            <source>Relative churn rate</source>
            <translation>相對客戶流失率</translation>
        </message>
        <message>
            <source>Purchases of the lost customers</source>
            <translation>流失客戶的購買額</translation>
        </message>
        <message>
            <source>Absolute rate: lost customers ÷ customers on file. Relative rate: the absolute rate × what a lost customer bought on average ÷ what a customer bought on average — above the absolute rate, the store is losing its better customers.</source>
            <translation>絕對流失率 = 流失客戶數 ÷ 在冊客戶數。相對流失率 = 絕對流失率 × 流失客戶的平均購買額 ÷ 全部客戶的平均購買額；高於絕對流失率，說明流失的多是價值較高的客戶。</translation>
        </message>
        <message>
            <source>Reason lost</source>
            <translation>流失原因</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>To: the period ends before it begins.</source>
            <translation>截止日期：截止日期早於起始日期。</translation>
        </message>
        <message>
            <source>Complaints received in %1</source>
            <translation>%1受理的投訴（客戶月投訴統計表）</translation>
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
            <translation>%1 分（滿分 5）</translation>
        </message>
        <message>
            <source>none given</source>
            <translation>暫無評價</translation>
        </message>
        <message>
            <source>Customers lost from %1 to %2</source>
            <translation>%1 至 %2 的客戶流失情況</translation>
        </message>
        <message>
            <source>no purchases</source>
            <translation>無購買記錄</translation>
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
            <translation>該期間沒有客戶被標記為流失。</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::RestoreDialog</name>
        <message>
            <source>Customer files</source>
            <translation>客戶檔案</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>購買</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>聯繫記錄</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>投訴</translation>
        </message>
        <message>
            <source>Compensations</source>
            <translation>賠償</translation>
        </message>
        <message>
            <source>Callbacks</source>
            <translation>回訪</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>用戶</translation>
        </message>
        <message>
            <source>Audit entries</source>
            <translation>審計記錄</translation>
        </message>
        <message>
            <source>Restore this backup</source>
            <translation>恢復此備份</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>恢復備份</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>備份時間</translation>
        </message>
        <message>
            <source>unknown (no manifest)</source>
            <translation>未知（無清單）</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>校驗</translation>
        </message>
        <message>
            <source>Whole (integrity check passed)%1</source>
            <translation>完整（完整性檢查通過）%1</translation>
        </message>
        <message>
            <source>; matches its manifest</source>
            <translation>；與清單一致</translation>
        </message>
        <message>
            <source>I understand: everything entered after this backup was made is replaced.</source>
            <translation>我明白：此備份之後錄入的所有內容都將被替換。</translation>
        </message>
        <message>
            <source>The database as it is now is first kept as a checked safety copy beside it. Everyone signs in again afterwards.</source>
            <translation>當前資料庫會先在旁邊保存一份經過校驗的安全副本。恢復後所有人需重新登入。</translation>
        </message>
        <message>
            <source>This copy has no manifest (%1). Only the file's integrity was checked: nothing shows that its customers, complaints and audit entries are as they were when the backup was made.</source>
            <translation>此副本沒有清單檔案（%1）。只檢查了檔案本身是否完整：無法證明其中的客戶檔案、投訴和審計記錄與備份時一致。</translation>
        </message>
        <message>
            <source>Restore it unverified (recorded in the audit log).</source>
            <translation>仍然恢復，不經核對（記入審計日誌）。</translation>
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
        <name>cc::ui::StartupCheck</name>
        <message>
            <source>CounterCare</source>
            <translation>CounterCare 櫃檯客服</translation>
        </message>
        <message>
            <source>Checking the database before the counter opens…</source>
            <translation>櫃檯開啟前正在檢查資料庫…</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 秒</translation>
        </message>
        <message>
            <source>Upgrading the database for this version of CounterCare…</source>
            <translation>正在為此版本的 CounterCare 升級資料庫…</translation>
        </message>
        <message>
            <source>The file is whole. It is now brought up to this version, once; a store of a million customers takes a few minutes. Should the computer stop meanwhile, the file stays as it was and the upgrade starts again.</source>
            <translation>檔案完好。現在將其升級到此版本，只需一次；百萬客戶的門店需要幾分鐘。期間如果電腦停機，檔案保持原樣，下次啟動時重新升級。</translation>
        </message>
        <message>
            <source>CounterCare was not closed properly last time. Every page of %1 (%2) is now read once, so that a damaged file is never written to. A large store takes a few seconds.</source>
            <translation>CounterCare 上次沒有正常關閉。現在逐頁讀取 %1（%2）一遍，確保不會寫入已損壞的檔案。大型門店需要幾秒鐘。</translation>
        </message>
        <message>
            <source>The last check found %1 (%2) damaged. Every page of it is read again before the counter opens; nothing is written to it meanwhile. A large store takes a few seconds.</source>
            <translation>上次檢查發現 %1（%2）已損壞。打開櫃檯前會再逐頁讀取一遍，期間不會寫入任何內容。大型門店需要幾秒鐘。</translation>
        </message>
        <message>
            <source>Every page of %1 (%2) is read once before the counter opens, so that a damaged file is never written to. A large store takes a few seconds.</source>
            <translation>打開櫃檯前，會逐頁讀取 %1（%2）一遍，確保不會寫入已損壞的檔案。大型門店需要幾秒鐘。</translation>
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
            <source>Lock the screen after</source>
            <translation>無操作鎖定螢幕時間</translation>
        </message>
        <message numerus="yes">
            <source>Saved. The screen now locks after %n minute(s) without use.</source>
            <translation>
                <numerusform>已保存。現在無操作 %n 分鐘後將自動鎖定螢幕。</numerusform>
            </translation>
        </message>
        <message>
            <source>Customer tiers go by the gross profit a customer has brought, not by the number of orders. Lifetime profit in yuan from which a customer is:</source>
            <translation>客戶等級按客戶帶來的毛利潤劃分，而不是按下單次數。累計利潤（元）達到以下金額即為：</translation>
        </message>
        <message>
            <source>Silver from ¥</source>
            <translation>銀卡 ¥</translation>
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
            <translation>銀卡門檻</translation>
        </message>
        <message>
            <source>Gold from</source>
            <translation>金卡門檻</translation>
        </message>
        <message>
            <source>VIP from</source>
            <translation>VIP 門檻</translation>
        </message>
        <message>
            <source>printed on every receipt slip</source>
            <translation>印在每張回執上</translation>
        </message>
        <message>
            <source> hours</source>
            <translation> 小時</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>Store name</source>
            <translation>門店名稱</translation>
        </message>
        <message>
            <source>Service hotline</source>
            <translation>服務熱線</translation>
        </message>
        <message>
            <source>The service promise to every complainant: the reply and the resolution are due within these times (new cases).</source>
            <translation>對每位投訴顧客的服務承諾：須在以下時限內答覆和處理完畢（適用於新投訴）。</translation>
        </message>
        <message>
            <source>Reply within</source>
            <translation>答覆時限</translation>
        </message>
        <message>
            <source>Resolve within</source>
            <translation>處理時限</translation>
        </message>
        <message>
            <source>Refund or exchange is major above ¥</source>
            <translation>退換貨金額超過此數為重大投訴 ¥</translation>
        </message>
        <message>
            <source>Major from</source>
            <translation>重大投訴金額</translation>
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
        <message>
            <source>Restored</source>
            <translation>已恢復</translation>
        </message>
        <message>
            <source>The database was restored from %1. The damaged file is kept, untouched, as %2.</source>
            <translation>資料庫已從 %1 恢復。損壞的檔案原樣保存為 %2。</translation>
        </message>
    </context>
</TS>
