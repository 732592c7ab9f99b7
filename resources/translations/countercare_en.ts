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
        <message>
            <source>The audit log's protection against changes (its triggers) had been removed.</source>
            <translation>The audit log's protection against changes (its triggers) had been removed.</translation>
        </message>
        <message>
            <source>It is restored.</source>
            <translation>It is restored.</translation>
        </message>
        <message>
            <source>Audit entry %1 differs from its record in %2: the log was rewritten.</source>
            <translation>Audit entry %1 differs from its record in %2: the log was rewritten.</translation>
        </message>
        <message>
            <source>The audit log ends at entry %1, but %2 records %3 entries: the newest entries were removed.</source>
            <translation>The audit log ends at entry %1, but %2 records %3 entries: the newest entries were removed.</translation>
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
        <name>cc::AutoBackup</name>
        <message>
            <source>Backup folder %1 cannot be reached or written to; no backup was made. Plug the disk in, or choose another folder in Admin.</source>
            <translation>Backup folder %1 cannot be reached or written to; no backup was made. Plug the disk in, or choose another folder in Admin.</translation>
        </message>
        <message>
            <source>The backup folder %1 cannot be reached: no backups are being made. Plug the disk in, or choose another folder in Admin → Backups.</source>
            <translation>The backup folder %1 cannot be reached: no backups are being made. Plug the disk in, or choose another folder in Admin → Backups.</translation>
        </message>
        <message>
            <source>No backup has been made yet.</source>
            <translation>No backup has been made yet.</translation>
        </message>
        <message numerus="yes">
            <source>No backup for %n day(s): the last good one is from %1.</source>
            <translation>
                <numerusform>No backup for %n day: the last good one is from %1.</numerusform>
                <numerusform>No backup for %n days: the last good one is from %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cc::BackupService</name>
        <message>
            <source>Backup: cannot read %1: %2</source>
            <translation>Backup: cannot read %1: %2</translation>
        </message>
        <message>
            <source>Backup: cannot read %1.</source>
            <translation>Backup: cannot read %1.</translation>
        </message>
        <message>
            <source>Backup: cannot flush %1 to disk.</source>
            <translation>Backup: cannot flush %1 to disk.</translation>
        </message>
        <message>
            <source>Backup: %1 is damaged: %2</source>
            <translation>Backup: %1 is damaged: %2</translation>
        </message>
        <message>
            <source>--to: a backup cannot replace the database itself.</source>
            <translation>--to: a backup cannot replace the database itself.</translation>
        </message>
        <message>
            <source>--to: the folder %1 does not exist.</source>
            <translation>--to: the folder %1 does not exist.</translation>
        </message>
        <message>
            <source>Backup: cannot write %1: %2</source>
            <translation>Backup: cannot write %1: %2</translation>
        </message>
        <message>
            <source>Backup: cannot write %1.</source>
            <translation>Backup: cannot write %1.</translation>
        </message>
        <message>
            <source>Backup: cannot write the manifest %1.</source>
            <translation>Backup: cannot write the manifest %1.</translation>
        </message>
        <message>
            <source>--from: there is no file %1.</source>
            <translation>--from: there is no file %1.</translation>
        </message>
        <message>
            <source>--from: %1 is not a usable CounterCare backup: %2</source>
            <translation>--from: %1 is not a usable CounterCare backup: %2</translation>
        </message>
        <message>
            <source>--from: %1 does not match its manifest (SHA-256 differs): the copy was changed or damaged.</source>
            <translation>--from: %1 does not match its manifest (SHA-256 differs): the copy was changed or damaged.</translation>
        </message>
        <message>
            <source>Restore: cannot copy %1 beside the database.</source>
            <translation>Restore: cannot copy %1 beside the database.</translation>
        </message>
        <message>
            <source>Restore: cannot move %1 aside; nothing was changed.</source>
            <translation>Restore: cannot move %1 aside; nothing was changed.</translation>
        </message>
        <message>
            <source>Restore: cannot put the backup in place of %1; the damaged file is kept as %2.</source>
            <translation>Restore: cannot put the backup in place of %1; the damaged file is kept as %2.</translation>
        </message>
        <message>
            <source>Backup cancelled; no backup was written.</source>
            <translation>Backup cancelled; no backup was written.</translation>
        </message>
        <message>
            <source>--from: %1 has no manifest (%2), so it cannot be checked that no row was changed since the backup was made. Nothing was restored; give --unverified to restore it anyway.</source>
            <translation>--from: %1 has no manifest (%2), so it cannot be checked that no row was changed since the backup was made. Nothing was restored; give --unverified to restore it anyway.</translation>
        </message>
        <message>
            <source>--to: %1 is the database's own %2 file; choose another name. No backup was written.</source>
            <translation>--to: %1 is the database's own %2 file; choose another name. No backup was written.</translation>
        </message>
        <message>
            <source>Restore: %1 is open in another CounterCare (another counter, or a command still running). Close it there first; nothing was restored.</source>
            <translation>Restore: %1 is open in another CounterCare (another counter, or a command still running). Close it there first; nothing was restored.</translation>
        </message>
        <message>
            <source>its audit log is empty.</source>
            <translation>its audit log is empty.</translation>
        </message>
        <message>
            <source>its audit log is not the history of this store: entry %1 differs from %2.</source>
            <translation>its audit log is not the history of this store: entry %1 differs from %2.</translation>
        </message>
        <message>
            <source>--from: %1 cannot be restored: %2 Nothing was restored; give --unverified to restore it anyway (recorded).</source>
            <translation>--from: %1 cannot be restored: %2 Nothing was restored; give --unverified to restore it anyway (recorded).</translation>
        </message>
        <message>
            <source>its audit log is not the history of this store: entry %1 differs.</source>
            <translation>its audit log is not the history of this store: entry %1 differs.</translation>
        </message>
    </context>
    <context>
        <name>cc::CallbackKeys</name>
        <message>
            <source>After purchase: first call</source>
            <translation>After purchase: first call</translation>
        </message>
        <message>
            <source>After purchase: second call</source>
            <translation>After purchase: second call</translation>
        </message>
        <message>
            <source>After purchase: third call</source>
            <translation>After purchase: third call</translation>
        </message>
        <message>
            <source>After a visit: first call</source>
            <translation>After a visit: first call</translation>
        </message>
        <message>
            <source>After a visit: second call</source>
            <translation>After a visit: second call</translation>
        </message>
        <message>
            <source>Complaint follow-up</source>
            <translation>Complaint follow-up</translation>
        </message>
        <message>
            <source>Birthday greeting</source>
            <translation>Birthday greeting</translation>
        </message>
        <message>
            <source>Holiday greeting</source>
            <translation>Holiday greeting</translation>
        </message>
        <message>
            <source>Maintenance reminder</source>
            <translation>Maintenance reminder</translation>
        </message>
        <message>
            <source>Arranged call</source>
            <translation>Arranged call</translation>
        </message>
        <message>
            <source>Ask how they are getting on with what they bought, and whether they need help using it.</source>
            <translation>Ask how they are getting on with what they bought, and whether they need help using it.</translation>
        </message>
        <message>
            <source>Ask for their opinion of the product and of our service.</source>
            <translation>Ask for their opinion of the product and of our service.</translation>
        </message>
        <message>
            <source>Ask about the results after two months, and whether they would recommend us.</source>
            <translation>Ask about the results after two months, and whether they would recommend us.</translation>
        </message>
        <message>
            <source>Thank them for the visit and ask whether they found what they were looking for.</source>
            <translation>Thank them for the visit and ask whether they found what they were looking for.</translation>
        </message>
        <message>
            <source>Tell them about new arrivals or offers that match what they looked at.</source>
            <translation>Tell them about new arrivals or offers that match what they looked at.</translation>
        </message>
        <message>
            <source>Ask whether the way we resolved their complaint satisfied them, from 1 to 5.</source>
            <translation>Ask whether the way we resolved their complaint satisfied them, from 1 to 5.</translation>
        </message>
        <message>
            <source>Wish them a happy birthday from the whole store.</source>
            <translation>Wish them a happy birthday from the whole store.</translation>
        </message>
        <message>
            <source>Give them the store's greetings for the holiday.</source>
            <translation>Give them the store's greetings for the holiday.</translation>
        </message>
        <message>
            <source>Remind them that the product is due for servicing and offer a time.</source>
            <translation>Remind them that the product is due for servicing and offer a time.</translation>
        </message>
        <message>
            <source>Call about what was arranged (see the note).</source>
            <translation>Call about what was arranged (see the note).</translation>
        </message>
        <message>
            <source>To call</source>
            <translation>To call</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Missed</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
    </context>
    <context>
        <name>cc::CallbackScheduler</name>
        <message>
            <source>The customer bought: the calls after the purchase take over.</source>
            <translation>The customer bought: the calls after the purchase take over.</translation>
        </message>
        <message>
            <source>The case was reopened.</source>
            <translation>The case was reopened.</translation>
        </message>
        <message>
            <source>The customer declined calls.</source>
            <translation>The customer declined calls.</translation>
        </message>
        <message>
            <source>A supervisor may close the case without it, with a written reason.</source>
            <translation>A supervisor may close the case without it, with a written reason.</translation>
        </message>
        <message>
            <source>Close: the case has no follow-up callback. %1</source>
            <translation>Close: the case has no follow-up callback. %1</translation>
        </message>
        <message>
            <source>Close: the follow-up callback (due %1, %2) is not done yet. %3</source>
            <translation>Close: the follow-up callback (due %1, %2) is not done yet. %3</translation>
        </message>
        <message>
            <source>Close: the customer did not answer the follow-up callback. %1</source>
            <translation>Close: the customer did not answer the follow-up callback. %1</translation>
        </message>
        <message>
            <source>Close: the follow-up callback was cancelled. %1</source>
            <translation>Close: the follow-up callback was cancelled. %1</translation>
        </message>
    </context>
    <context>
        <name>cc::CallbackService</name>
        <message>
            <source>Assignee: there is no user "%1".</source>
            <translation>Assignee: there is no user "%1".</translation>
        </message>
        <message>
            <source>Callback: there is no callback %1.</source>
            <translation>Callback: there is no callback %1.</translation>
        </message>
        <message>
            <source>Customer: there is no file %1.</source>
            <translation>Customer: there is no file %1.</translation>
        </message>
        <message>
            <source>%1: %2 declined calls; no callback can be arranged.</source>
            <translation>%1: %2 declined calls; no callback can be arranged.</translation>
        </message>
        <message>
            <source>%1: %2 takes calls between %3 only.</source>
            <translation>%1: %2 takes calls between %3 only.</translation>
        </message>
        <message>
            <source>Note: say what the call is about.</source>
            <translation>Note: say what the call is about.</translation>
        </message>
        <message>
            <source>Note: at most 500 characters.</source>
            <translation>Note: at most 500 characters.</translation>
        </message>
        <message>
            <source>Due: enter a date and time.</source>
            <translation>Due: enter a date and time.</translation>
        </message>
        <message>
            <source>Due: choose a time from now on.</source>
            <translation>Due: choose a time from now on.</translation>
        </message>
        <message>
            <source>Customer: you may not open file %1.</source>
            <translation>Customer: you may not open file %1.</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Callback %1 is already %2.</source>
            <translation>Callback %1 is already %2.</translation>
        </message>
        <message>
            <source>Callback %1 is %2's to make; a supervisor can reassign it.</source>
            <translation>Callback %1 is %2's to make; a supervisor can reassign it.</translation>
        </message>
        <message>
            <source>The employee complained about may not make the case's follow-up callback.</source>
            <translation>The employee complained about may not make the case's follow-up callback.</translation>
        </message>
        <message>
            <source>Outcome: write what the customer said.</source>
            <translation>Outcome: write what the customer said.</translation>
        </message>
        <message>
            <source>Outcome: at most 2000 characters.</source>
            <translation>Outcome: at most 2000 characters.</translation>
        </message>
        <message>
            <source>Satisfaction: 1 to 5.</source>
            <translation>Satisfaction: 1 to 5.</translation>
        </message>
        <message>
            <source>%1: done. %2</source>
            <translation>%1: done. %2</translation>
        </message>
        <message>
            <source>Satisfaction %1/5.</source>
            <translation>Satisfaction %1/5.</translation>
        </message>
        <message>
            <source>%1: no answer (try %2 of %3); marked missed.</source>
            <translation>%1: no answer (try %2 of %3); marked missed.</translation>
        </message>
        <message>
            <source>%1: no answer (try %2 of %3); next try %4.</source>
            <translation>%1: no answer (try %2 of %3); next try %4.</translation>
        </message>
        <message>
            <source>To: enter a date and time.</source>
            <translation>To: enter a date and time.</translation>
        </message>
        <message>
            <source>To: choose a time from now on.</source>
            <translation>To: choose a time from now on.</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>%1: moved to %2.</source>
            <translation>%1: moved to %2.</translation>
        </message>
        <message>
            <source>Reason: say why the call is cancelled.</source>
            <translation>Reason: say why the call is cancelled.</translation>
        </message>
        <message>
            <source>%1: cancelled. %2</source>
            <translation>%1: cancelled. %2</translation>
        </message>
        <message>
            <source>To: there is no user "%1".</source>
            <translation>To: there is no user "%1".</translation>
        </message>
        <message>
            <source>To: %1 is deactivated.</source>
            <translation>To: %1 is deactivated.</translation>
        </message>
        <message>
            <source>To: %1 is named in complaint %2 and may not make its follow-up callback.</source>
            <translation>To: %1 is named in complaint %2 and may not make its follow-up callback.</translation>
        </message>
        <message>
            <source>Holiday: enter its name (at most 40 characters).</source>
            <translation>Holiday: enter its name (at most 40 characters).</translation>
        </message>
        <message>
            <source>Date: enter the holiday's date.</source>
            <translation>Date: enter the holiday's date.</translation>
        </message>
        <message>
            <source>Holiday: %1 on %2 is already listed.</source>
            <translation>Holiday: %1 on %2 is already listed.</translation>
        </message>
        <message>
            <source>Holiday: there is no holiday %1.</source>
            <translation>Holiday: there is no holiday %1.</translation>
        </message>
        <message>
            <source>Product: enter the product's name (at most 60 characters).</source>
            <translation>Product: enter the product's name (at most 60 characters).</translation>
        </message>
        <message>
            <source>Every: 1 to 3650 days (0 stops the reminders).</source>
            <translation>Every: 1 to 3650 days (0 stops the reminders).</translation>
        </message>
        <message>
            <source>Product: "%1" has no service interval.</source>
            <translation>Product: "%1" has no service interval.</translation>
        </message>
    </context>
    <context>
        <name>cc::CompensationKeys</name>
        <message>
            <source>Refund</source>
            <translation>Refund</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Exchange</translation>
        </message>
        <message>
            <source>Free repair</source>
            <translation>Free repair</translation>
        </message>
        <message>
            <source>Voucher</source>
            <translation>Voucher</translation>
        </message>
        <message>
            <source>Gift</source>
            <translation>Gift</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>Service upgrade</source>
            <translation>Service upgrade</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>Waiting for approval</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
    </context>
    <context>
        <name>cc::CompensationService</name>
        <message>
            <source>no limit</source>
            <translation>no limit</translation>
        </message>
        <message>
            <source>Amount: enter an amount above zero.</source>
            <translation>Amount: enter an amount above zero.</translation>
        </message>
        <message>
            <source>Reason: say why the customer should be compensated.</source>
            <translation>Reason: say why the customer should be compensated.</translation>
        </message>
        <message>
            <source>Reason: at most 1000 characters.</source>
            <translation>Reason: at most 1000 characters.</translation>
        </message>
        <message>
            <source>Compensation: case %1 is %2; reopen it first.</source>
            <translation>Compensation: case %1 is %2; reopen it first.</translation>
        </message>
        <message>
            <source>Amount: %1 is above every limit in the authority table.</source>
            <translation>Amount: %1 is above every limit in the authority table.</translation>
        </message>
        <message>
            <source>Within the requester's own limit.</source>
            <translation>Within the requester's own limit.</translation>
        </message>
        <message>
            <source>Compensation approved at once, within %1's own limit: %2 %3. %4</source>
            <translation>Compensation approved at once, within %1's own limit: %2 %3. %4</translation>
        </message>
        <message>
            <source>Compensation requested: %1 %2, for a %3 to decide. %4</source>
            <translation>Compensation requested: %1 %2, for a %3 to decide. %4</translation>
        </message>
        <message>
            <source>Compensation: there is no request %1.</source>
            <translation>Compensation: there is no request %1.</translation>
        </message>
        <message>
            <source>Comment: say why you decide so.</source>
            <translation>Comment: say why you decide so.</translation>
        </message>
        <message>
            <source>Comment: at most 1000 characters.</source>
            <translation>Comment: at most 1000 characters.</translation>
        </message>
        <message>
            <source>Compensation %1 is already %2.</source>
            <translation>Compensation %1 is already %2.</translation>
        </message>
        <message>
            <source>You may not decide your own request.</source>
            <translation>You may not decide your own request.</translation>
        </message>
        <message>
            <source>%1 of %2 is above your limit of %3: only a %4 decides; you may recommend.</source>
            <translation>%1 of %2 is above your limit of %3: only a %4 decides; you may recommend.</translation>
        </message>
        <message>
            <source>Amount: grant more than zero and at most the %1 requested.</source>
            <translation>Amount: grant more than zero and at most the %1 requested.</translation>
        </message>
        <message>
            <source>%1 is above your limit of %2.</source>
            <translation>%1 is above your limit of %2.</translation>
        </message>
        <message>
            <source>Compensation approved by %1: %2 %3 (requested %4). %5</source>
            <translation>Compensation approved by %1: %2 %3 (requested %4). %5</translation>
        </message>
        <message>
            <source>Compensation rejected by %1: %2 %3. %4</source>
            <translation>Compensation rejected by %1: %2 %3. %4</translation>
        </message>
        <message>
            <source>Comment: say what you recommend and why.</source>
            <translation>Comment: say what you recommend and why.</translation>
        </message>
        <message>
            <source>Compensation %1 recommended by %2: %3</source>
            <translation>Compensation %1 recommended by %2: %3</translation>
        </message>
        <message numerus="yes">
            <source>This customer received compensation %n time(s) in the last 12 months, %1 in all.</source>
            <translation>
                <numerusform>This customer received compensation %n time in the last 12 months, %1 in all.</numerusform>
                <numerusform>This customer received compensation %n times in the last 12 months, %1 in all.</numerusform>
            </translation>
        </message>
        <message>
            <source>Limit: an amount of zero or more.</source>
            <translation>Limit: an amount of zero or more.</translation>
        </message>
        <message>
            <source>Limit: a %1 may not grant less than a %2 (%3).</source>
            <translation>Limit: a %1 may not grant less than a %2 (%3).</translation>
        </message>
        <message>
            <source>Limit: a %1 may not grant more than a %2 (%3).</source>
            <translation>Limit: a %1 may not grant more than a %2 (%3).</translation>
        </message>
        <message>
            <source>Compensation %1 is waiting for approval: there is no slip yet.</source>
            <translation>Compensation %1 is waiting for approval: there is no slip yet.</translation>
        </message>
    </context>
    <context>
        <name>cc::ComplaintKeys</name>
        <message>
            <source>Walk-in</source>
            <translation>Walk-in</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Written</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Head-office referral</source>
            <translation>Head-office referral</translation>
        </message>
        <message>
            <source>Product quality</source>
            <translation>Product quality</translation>
        </message>
        <message>
            <source>After-sales service</source>
            <translation>After-sales service</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Staff attitude</source>
            <translation>Staff attitude</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Delivery</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Not said</source>
            <translation>Not said</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Refund</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Exchange</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>Repair</translation>
        </message>
        <message>
            <source>Compensation</source>
            <translation>Compensation</translation>
        </message>
        <message>
            <source>Apology</source>
            <translation>Apology</translation>
        </message>
        <message>
            <source>Major</source>
            <translation>Major</translation>
        </message>
        <message>
            <source>General case</source>
            <translation>General case</translation>
        </message>
    </context>
    <context>
        <name>cc::ComplaintRepository</name>
        <message>
            <source>No complaint number could be taken for %1; nothing was saved.</source>
            <translation>No complaint number could be taken for %1; nothing was saved.</translation>
        </message>
    </context>
    <context>
        <name>cc::ComplaintRules</name>
        <message>
            <source>a compensation request is waiting for approval</source>
            <translation>a compensation request is waiting for approval</translation>
        </message>
        <message>
            <source>it is already closed</source>
            <translation>it is already closed</translation>
        </message>
        <message>
            <source>it is closed; reopen it first</source>
            <translation>it is closed; reopen it first</translation>
        </message>
        <message>
            <source>it was cancelled</source>
            <translation>it was cancelled</translation>
        </message>
        <message>
            <source>it is already resolved</source>
            <translation>it is already resolved</translation>
        </message>
        <message>
            <source>it is resolved; close or reopen it</source>
            <translation>it is resolved; close or reopen it</translation>
        </message>
        <message>
            <source>it has not been resolved yet</source>
            <translation>it has not been resolved yet</translation>
        </message>
        <message>
            <source>it is already being handled</source>
            <translation>it is already being handled</translation>
        </message>
        <message>
            <source>Cannot %1 a case that is %2: %3.</source>
            <translation>Cannot %1 a case that is %2: %3.</translation>
        </message>
        <message>
            <source>negative media involved</source>
            <translation>negative media involved</translation>
        </message>
        <message>
            <source>complaint to a regulator</source>
            <translation>complaint to a regulator</translation>
        </message>
        <message>
            <source>group complaint of three or more customers</source>
            <translation>group complaint of three or more customers</translation>
        </message>
        <message>
            <source>complaint to the manufacturer or head office</source>
            <translation>complaint to the manufacturer or head office</translation>
        </message>
        <message>
            <source>safety incident</source>
            <translation>safety incident</translation>
        </message>
        <message>
            <source>repeat complaint within 90 days</source>
            <translation>repeat complaint within 90 days</translation>
        </message>
        <message>
            <source>refund or exchange of an expensive item</source>
            <translation>refund or exchange of an expensive item</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Awaiting approval</source>
            <translation>Awaiting approval</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>start handling</source>
            <translation>start handling</translation>
        </message>
        <message>
            <source>request approval for</source>
            <translation>request approval for</translation>
        </message>
        <message>
            <source>record an approval decision on</source>
            <translation>record an approval decision on</translation>
        </message>
        <message>
            <source>resolve</source>
            <translation>resolve</translation>
        </message>
        <message>
            <source>close</source>
            <translation>close</translation>
        </message>
        <message>
            <source>reopen</source>
            <translation>reopen</translation>
        </message>
        <message>
            <source>cancel</source>
            <translation>cancel</translation>
        </message>
        <message>
            <source>Listened: the customer's whole account is heard</source>
            <translation>Listened: the customer's whole account is heard</translation>
        </message>
        <message>
            <source>Asked: product, time and what they want are clear</source>
            <translation>Asked: product, time and what they want are clear</translation>
        </message>
        <message>
            <source>Followed through: the case is with whoever can solve it</source>
            <translation>Followed through: the case is with whoever can solve it</translation>
        </message>
        <message>
            <source>Replied: the customer knows the answer or when it comes</source>
            <translation>Replied: the customer knows the answer or when it comes</translation>
        </message>
        <message>
            <source>Recorded: the outcome is written on the case</source>
            <translation>Recorded: the outcome is written on the case</translation>
        </message>
    </context>
    <context>
        <name>cc::ComplaintService</name>
        <message>
            <source>The employee complained about may not handle, be assigned or close this case.</source>
            <translation>The employee complained about may not handle, be assigned or close this case.</translation>
        </message>
        <message>
            <source>Description: write what happened, in the customer's words.</source>
            <translation>Description: write what happened, in the customer's words.</translation>
        </message>
        <message>
            <source>Description: at most 4000 characters.</source>
            <translation>Description: at most 4000 characters.</translation>
        </message>
        <message>
            <source>Received at: cannot be in the future.</source>
            <translation>Received at: cannot be in the future.</translation>
        </message>
        <message>
            <source>Purchase date: cannot be after the complaint.</source>
            <translation>Purchase date: cannot be after the complaint.</translation>
        </message>
        <message>
            <source>Customer: there is no file %1.</source>
            <translation>Customer: there is no file %1.</translation>
        </message>
        <message>
            <source>Customer: you may not open file %1.</source>
            <translation>Customer: you may not open file %1.</translation>
        </message>
        <message>
            <source>Staff involved: there is no user "%1".</source>
            <translation>Staff involved: there is no user "%1".</translation>
        </message>
        <message>
            <source>Major: %1</source>
            <translation>Major: %1</translation>
        </message>
        <message>
            <source>Complaint: there is no case %1.</source>
            <translation>Complaint: there is no case %1.</translation>
        </message>
        <message>
            <source>Resolution: say how the case was resolved.</source>
            <translation>Resolution: say how the case was resolved.</translation>
        </message>
        <message>
            <source>Satisfaction: 1 to 5, or 0 when the customer declined to say.</source>
            <translation>Satisfaction: 1 to 5, or 0 when the customer declined to say.</translation>
        </message>
        <message>
            <source>Close: the case has no resolution.</source>
            <translation>Close: the case has no resolution.</translation>
        </message>
        <message>
            <source>Close: record the customer's satisfaction (1 to 5, or declined to say) first.</source>
            <translation>Close: record the customer's satisfaction (1 to 5, or declined to say) first.</translation>
        </message>
        <message>
            <source>Reason: say why the case is reopened.</source>
            <translation>Reason: say why the case is reopened.</translation>
        </message>
        <message>
            <source>Reason: say why the complaint is withdrawn.</source>
            <translation>Reason: say why the complaint is withdrawn.</translation>
        </message>
        <message>
            <source>Note: say who was told (manager, head office) and how.</source>
            <translation>Note: say who was told (manager, head office) and how.</translation>
        </message>
        <message>
            <source>Escalate: the case is %1.</source>
            <translation>Escalate: the case is %1.</translation>
        </message>
        <message>
            <source>escalated by %1</source>
            <translation>escalated by %1</translation>
        </message>
        <message>
            <source>Note: write something.</source>
            <translation>Note: write something.</translation>
        </message>
        <message>
            <source>Assign to: there is no active user "%1".</source>
            <translation>Assign to: there is no active user "%1".</translation>
        </message>
        <message>
            <source>Assign: the case is %1.</source>
            <translation>Assign: the case is %1.</translation>
        </message>
        <message>
            <source>Assigned to %1</source>
            <translation>Assigned to %1</translation>
        </message>
        <message>
            <source>Item: say what the store keeps.</source>
            <translation>Item: say what the store keeps.</translation>
        </message>
        <message>
            <source>Kept: %1</source>
            <translation>Kept: %1</translation>
        </message>
        <message>
            <source>Kept: %1, sent to %2</source>
            <translation>Kept: %1, sent to %2</translation>
        </message>
        <message>
            <source>Custody: the store holds nothing for %1.</source>
            <translation>Custody: the store holds nothing for %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) returned to the customer</source>
            <translation>
                <numerusform>%n item returned to the customer</numerusform>
                <numerusform>%n items returned to the customer</numerusform>
            </translation>
        </message>
        <message>
            <source>Reason: say why the case is major.</source>
            <translation>Reason: say why the case is major.</translation>
        </message>
        <message>
            <source>Raise: the case is %1.</source>
            <translation>Raise: the case is %1.</translation>
        </message>
        <message>
            <source>Raise: %1 is already a major case.</source>
            <translation>Raise: %1 is already a major case.</translation>
        </message>
        <message>
            <source>raised by %1: %2</source>
            <translation>raised by %1: %2</translation>
        </message>
        <message>
            <source>Raised to major: %1</source>
            <translation>Raised to major: %1</translation>
        </message>
        <message>
            <source>Checklist: the case is %1.</source>
            <translation>Checklist: the case is %1.</translation>
        </message>
        <message>
            <source>Checklist: already ticked.</source>
            <translation>Checklist: already ticked.</translation>
        </message>
        <message>
            <source>Checklist: not ticked.</source>
            <translation>Checklist: not ticked.</translation>
        </message>
        <message>
            <source>Ticked: %1</source>
            <translation>Ticked: %1</translation>
        </message>
        <message>
            <source>Unticked: %1</source>
            <translation>Unticked: %1</translation>
        </message>
        <message>
            <source>Reason: say why the case is closed without the follow-up callback.</source>
            <translation>Reason: say why the case is closed without the follow-up callback.</translation>
        </message>
        <message>
            <source>Closed without the follow-up callback: %1</source>
            <translation>Closed without the follow-up callback: %1</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>This change plans callbacks, and the callback rules are not available here.</source>
            <translation>This change plans callbacks, and the callback rules are not available here.</translation>
        </message>
    </context>
    <context>
        <name>cc::ComplaintSettings</name>
        <message>
            <source>Reply within: 1 to 168 hours.</source>
            <translation>Reply within: 1 to 168 hours.</translation>
        </message>
        <message>
            <source>Resolve within: 1 to 30 days.</source>
            <translation>Resolve within: 1 to 30 days.</translation>
        </message>
        <message>
            <source>Resolve within: cannot be sooner than the reply is due.</source>
            <translation>Resolve within: cannot be sooner than the reply is due.</translation>
        </message>
    </context>
    <context>
        <name>cc::CsvReader</name>
        <message>
            <source>File: the text is not valid UTF-8; try --encoding gb18030.</source>
            <translation>File: the text is not valid UTF-8; try --encoding gb18030.</translation>
        </message>
        <message>
            <source>File: the text is not valid GB18030; try --encoding utf-8.</source>
            <translation>File: the text is not valid GB18030; try --encoding utf-8.</translation>
        </message>
        <message>
            <source>Line %1: a quoted field is never closed.</source>
            <translation>Line %1: a quoted field is never closed.</translation>
        </message>
    </context>
    <context>
        <name>cc::CustomerExport</name>
        <message>
            <source>File: cannot write %1.</source>
            <translation>File: cannot write %1.</translation>
        </message>
    </context>
    <context>
        <name>cc::CustomerImport</name>
        <message>
            <source>File: cannot read %1.</source>
            <translation>File: cannot read %1.</translation>
        </message>
        <message>
            <source>File: %1 is larger than 200 MB; split it.</source>
            <translation>File: %1 is larger than 200 MB; split it.</translation>
        </message>
        <message>
            <source>File: it is empty; the first line must name the columns.</source>
            <translation>File: it is empty; the first line must name the columns.</translation>
        </message>
        <message>
            <source>Line 1: the header needs a name column (姓名 / name) and a phone column (手机 / 电话 / phone).</source>
            <translation>Line 1: the header needs a name column (姓名 / name) and a phone column (手机 / 电话 / phone).</translation>
        </message>
        <message>
            <source>there are more fields than columns in the header.</source>
            <translation>there are more fields than columns in the header.</translation>
        </message>
        <message>
            <source>gender "%1" is neither 男/女 nor m/f.</source>
            <translation>gender "%1" is neither 男/女 nor m/f.</translation>
        </message>
        <message>
            <source>birthday "%1" is not a date like 1990-05-17.</source>
            <translation>birthday "%1" is not a date like 1990-05-17.</translation>
        </message>
        <message>
            <source>category "%1" is neither 一般 nor 特殊.</source>
            <translation>category "%1" is neither 一般 nor 特殊.</translation>
        </message>
        <message>
            <source>phone %1 is also on line %2 of this file.</source>
            <translation>phone %1 is also on line %2 of this file.</translation>
        </message>
        <message>
            <source>phone %1 is already on file %2.</source>
            <translation>phone %1 is already on file %2.</translation>
        </message>
        <message>
            <source>File: there are no customers below the header.</source>
            <translation>File: there are no customers below the header.</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was imported.</source>
            <translation>Import cancelled; nothing was imported.</translation>
        </message>
    </context>
    <context>
        <name>cc::CustomerKeys</name>
        <message>
            <source>Not given</source>
            <translation>Not given</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Special</source>
            <translation>Special</translation>
        </message>
        <message>
            <source>Potential</source>
            <translation>Potential</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>First purchase</source>
            <translation>First purchase</translation>
        </message>
        <message>
            <source>Repeat buyer</source>
            <translation>Repeat buyer</translation>
        </message>
        <message>
            <source>Long-term</source>
            <translation>Long-term</translation>
        </message>
        <message>
            <source>Advocate</source>
            <translation>Advocate</translation>
        </message>
        <message>
            <source>Unqualified</source>
            <translation>Unqualified</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Lost</translation>
        </message>
        <message>
            <source>Won back</source>
            <translation>Won back</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Confidential</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>Secret</translation>
        </message>
        <message>
            <source>Regular</source>
            <translation>Regular</translation>
        </message>
        <message>
            <source>Silver</source>
            <translation>Silver</translation>
        </message>
        <message>
            <source>Gold</source>
            <translation>Gold</translation>
        </message>
        <message>
            <source>VIP</source>
            <translation>VIP</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visit</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>WeChat</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
    </context>
    <context>
        <name>cc::CustomerRepository</name>
        <message>
            <source>Customer files could not be saved: %1</source>
            <translation>Customer files could not be saved: %1</translation>
        </message>
        <message>
            <source>Phone numbers could not be looked up: %1</source>
            <translation>Phone numbers could not be looked up: %1</translation>
        </message>
        <message>
            <source>Cancelled; nothing was saved.</source>
            <translation>Cancelled; nothing was saved.</translation>
        </message>
    </context>
    <context>
        <name>cc::CustomerService</name>
        <message>
            <source>Name: required.</source>
            <translation>Name: required.</translation>
        </message>
        <message>
            <source>Name: at most %1 characters.</source>
            <translation>Name: at most %1 characters.</translation>
        </message>
        <message>
            <source>Phone: at least one number is required.</source>
            <translation>Phone: at least one number is required.</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Phone: the kind must be mobile, home, office or other.</source>
            <translation>Phone: the kind must be mobile, home, office or other.</translation>
        </message>
        <message>
            <source>Birthday: %1 is not a possible birthday.</source>
            <translation>Birthday: %1 is not a possible birthday.</translation>
        </message>
        <message>
            <source>Address: at most 200 characters.</source>
            <translation>Address: at most 200 characters.</translation>
        </message>
        <message>
            <source>Company: at most 100 characters.</source>
            <translation>Company: at most 100 characters.</translation>
        </message>
        <message>
            <source>Note: at most 2000 characters.</source>
            <translation>Note: at most 2000 characters.</translation>
        </message>
        <message>
            <source>Tag: "%1" is longer than 20 characters.</source>
            <translation>Tag: "%1" is longer than 20 characters.</translation>
        </message>
        <message>
            <source>Tag: at most 30 tags.</source>
            <translation>Tag: at most 30 tags.</translation>
        </message>
        <message>
            <source>Family member: a name is required.</source>
            <translation>Family member: a name is required.</translation>
        </message>
        <message>
            <source>Family member: %1's birthday is in the future.</source>
            <translation>Family member: %1's birthday is in the future.</translation>
        </message>
        <message>
            <source>A customer file needs a signed-in owner.</source>
            <translation>A customer file needs a signed-in owner.</translation>
        </message>
        <message>
            <source>Phone: %1 is already on file %2 (%3). Open that file, or save anyway if they share the number.</source>
            <translation>Phone: %1 is already on file %2 (%3). Open that file, or save anyway if they share the number.</translation>
        </message>
        <message>
            <source>Merge: choose two different files.</source>
            <translation>Merge: choose two different files.</translation>
        </message>
        <message>
            <source>Customer: "%1" is neither a customer id nor a file number like KH-000012.</source>
            <translation>Customer: "%1" is neither a customer id nor a file number like KH-000012.</translation>
        </message>
        <message>
            <source>Customer: there is no file %1.</source>
            <translation>Customer: there is no file %1.</translation>
        </message>
        <message>
            <source>File %1 is %2: a %3 may not open it.</source>
            <translation>File %1 is %2: a %3 may not open it.</translation>
        </message>
        <message>
            <source>Reason: file %1 is protected; state why you open it.</source>
            <translation>Reason: file %1 is protected; state why you open it.</translation>
        </message>
        <message>
            <source>Receipt: enter the receipt number (at most 40 characters).</source>
            <translation>Receipt: enter the receipt number (at most 40 characters).</translation>
        </message>
        <message>
            <source>Date: enter the purchase date, not in the future.</source>
            <translation>Date: enter the purchase date, not in the future.</translation>
        </message>
        <message>
            <source>Item: a purchase needs at least one item.</source>
            <translation>Item: a purchase needs at least one item.</translation>
        </message>
        <message>
            <source>Item %1: the product name is missing.</source>
            <translation>Item %1: the product name is missing.</translation>
        </message>
        <message>
            <source>Item %1: the quantity must be a whole number from 1.</source>
            <translation>Item %1: the quantity must be a whole number from 1.</translation>
        </message>
        <message>
            <source>Item %1: price and cost must be amounts of zero or more.</source>
            <translation>Item %1: price and cost must be amounts of zero or more.</translation>
        </message>
        <message>
            <source>Receipt: %1 is already recorded.</source>
            <translation>Receipt: %1 is already recorded.</translation>
        </message>
        <message>
            <source>Note: write what was said.</source>
            <translation>Note: write what was said.</translation>
        </message>
        <message>
            <source>Reason lost: say why the customer was lost.</source>
            <translation>Reason lost: say why the customer was lost.</translation>
        </message>
        <message>
            <source>Owner: choose an active user.</source>
            <translation>Owner: choose an active user.</translation>
        </message>
        <message>
            <source>Confidentiality: you may not change the level of this file.</source>
            <translation>Confidentiality: you may not change the level of this file.</translation>
        </message>
        <message>
            <source>Contact hours: write them as 09:00-18:00, the start before the end.</source>
            <translation>Contact hours: write them as 09:00-18:00, the start before the end.</translation>
        </message>
        <message>
            <source>Cancelled; nothing was saved.</source>
            <translation>Cancelled; nothing was saved.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Family member</source>
            <translation>Family member</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>Item %1</source>
            <translation>Item %1</translation>
        </message>
        <message>
            <source>Item %1: %2 × %3 comes to %4, more than the largest amount, %5.</source>
            <translation>Item %1: %2 × %3 comes to %4, more than the largest amount, %5.</translation>
        </message>
        <message>
            <source>Items: the purchase comes to %1 by item %2, more than the largest amount, %3.</source>
            <translation>Items: the purchase comes to %1 by item %2, more than the largest amount, %3.</translation>
        </message>
        <message>
            <source>Reason: say why the file is erased (e.g. the customer asked).</source>
            <translation>Reason: say why the file is erased (e.g. the customer asked).</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>%1 is erased, but its traces could not yet be cleared from the store's file (%2). Run the same customer erase again to finish.</source>
            <translation>%1 is erased, but its traces could not yet be cleared from the store's file (%2). Run the same customer erase again to finish.</translation>
        </message>
        <message>
            <source>another counter is reading the store</source>
            <translation>another counter is reading the store</translation>
        </message>
        <message>
            <source>This change plans callbacks, and the callback rules are not available here.</source>
            <translation>This change plans callbacks, and the callback rules are not available here.</translation>
        </message>
    </context>
    <context>
        <name>cc::Database</name>
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
            <source>Cannot replace %1; it was left as it was.</source>
            <translation>Cannot replace %1; it was left as it was.</translation>
        </message>
        <message>
            <source>The database file %1 is empty: it holds no store. It was left untouched.</source>
            <translation>The database file %1 is empty: it holds no store. It was left untouched.</translation>
        </message>
        <message>
            <source>The database file %1 cannot be read: %2</source>
            <translation>The database file %1 cannot be read: %2</translation>
        </message>
        <message>
            <source>%1 was found damaged: nothing is written to it until a check passes or a backup is restored. Nothing was saved.</source>
            <translation>%1 was found damaged: nothing is written to it until a check passes or a backup is restored. Nothing was saved.</translation>
        </message>
        <message>
            <source>This PC cannot reach a PostgreSQL server: Qt's QPSQL driver is not installed (Debian: libqt6sql6-psql).</source>
            <translation>This PC cannot reach a PostgreSQL server: Qt's QPSQL driver is not installed (Debian: libqt6sql6-psql).</translation>
        </message>
        <message>
            <source>The database %1 holds no CounterCare store. Set it up with countercare-cli server init.</source>
            <translation>The database %1 holds no CounterCare store. Set it up with countercare-cli server init.</translation>
        </message>
        <message>
            <source>%1 was written by a newer CounterCare (schema %2; this program knows up to %3). Install the newer version; the database was left untouched.</source>
            <translation>%1 was written by a newer CounterCare (schema %2; this program knows up to %3). Install the newer version; the database was left untouched.</translation>
        </message>
        <message>
            <source>%1 is at schema %2 and this program needs %3. Upgrade it once with countercare-cli server upgrade; the database was left untouched.</source>
            <translation>%1 is at schema %2 and this program needs %3. Upgrade it once with countercare-cli server upgrade; the database was left untouched.</translation>
        </message>
        <message>
            <source>Cannot connect to the store's server %1: %2 (the password is read from ~/.pgpass, or the file PGPASSFILE names).</source>
            <translation>Cannot connect to the store's server %1: %2 (the password is read from ~/.pgpass, or the file PGPASSFILE names).</translation>
        </message>
        <message>
            <source>A read-only connection changes no schema.</source>
            <translation>A read-only connection changes no schema.</translation>
        </message>
        <message>
            <source>The database %1 already holds a CounterCare store; it was left untouched.</source>
            <translation>The database %1 already holds a CounterCare store; it was left untouched.</translation>
        </message>
        <message numerus="yes">
            <source>The database %1 is not empty: it already holds %n table(s). server init sets up an empty database only; it was left untouched.</source>
            <translation>
                <numerusform>The database %1 is not empty: it already holds %n table. server init sets up an empty database only; it was left untouched.</numerusform>
                <numerusform>The database %1 is not empty: it already holds %n tables. server init sets up an empty database only; it was left untouched.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cc::DemoData</name>
        <message>
            <source>Customers: give a number from 1 to %L1.</source>
            <translation>Customers: give a number from 1 to %L1.</translation>
        </message>
        <message>
            <source>Complaints: give a number from 0 to %L1.</source>
            <translation>Complaints: give a number from 0 to %L1.</translation>
        </message>
        <message>
            <source>The database is open read-only: demo data cannot be added.</source>
            <translation>The database is open read-only: demo data cannot be added.</translation>
        </message>
        <message>
            <source>Staff password: %1</source>
            <translation>Staff password: %1</translation>
        </message>
        <message>
            <source>Demo data needs the embedded SQLite database.</source>
            <translation>Demo data needs the embedded SQLite database.</translation>
        </message>
        <message numerus="yes">
            <source>Customers: the store already has %n customer file(s); demo data only fills an empty store.</source>
            <translation>
                <numerusform>Customers: the store already has %n customer file; demo data only fills an empty store.</numerusform>
                <numerusform>Customers: the store already has %n customer files; demo data only fills an empty store.</numerusform>
            </translation>
        </message>
        <message>
            <source>Staff: the demo staff's user names are taken by other roles.</source>
            <translation>Staff: the demo staff's user names are taken by other roles.</translation>
        </message>
        <message>
            <source>Demo data: cancelled; nothing was kept.</source>
            <translation>Demo data: cancelled; nothing was kept.</translation>
        </message>
        <message>
            <source>Demo data could not be written: %1</source>
            <translation>Demo data could not be written: %1</translation>
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
        <message numerus="yes">
            <source>%n reference(s) point at no row.</source>
            <translation>
                <numerusform>%n reference point at no row.</numerusform>
                <numerusform>%n references point at no row.</numerusform>
            </translation>
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
        <message>
            <source>fill the store with demo data</source>
            <translation>fill the store with demo data</translation>
        </message>
        <message>
            <source>erase customer files</source>
            <translation>erase customer files</translation>
        </message>
    </context>
    <context>
        <name>cc::PhoneNumbers</name>
        <message>
            <source>%1: enter a phone number.</source>
            <translation>%1: enter a phone number.</translation>
        </message>
        <message>
            <source>%1: "%2" is not a valid phone number; a mobile has 11 digits, a landline needs its area code, e.g. 0755 8888 6666.</source>
            <translation>%1: "%2" is not a valid phone number; a mobile has 11 digits, a landline needs its area code, e.g. 0755 8888 6666.</translation>
        </message>
        <message>
            <source>%1: "%2" holds more than one number; enter each number on its own.</source>
            <translation>%1: "%2" holds more than one number; enter each number on its own.</translation>
        </message>
        <message>
            <source>%1: "%2" is not a phone number: "%3" is not a digit.</source>
            <translation>%1: "%2" is not a phone number: "%3" is not a digit.</translation>
        </message>
    </context>
    <context>
        <name>cc::PostgresDialect</name>
        <message>
            <source>The server runs PostgreSQL %1.%2; CounterCare needs 15 or newer.</source>
            <translation>The server runs PostgreSQL %1.%2; CounterCare needs 15 or newer.</translation>
        </message>
        <message>
            <source>No ids can be reserved for "%1": it has no id sequence.</source>
            <translation>No ids can be reserved for "%1": it has no id sequence.</translation>
        </message>
        <message>
            <source>The server is busy: another counter is saving the same thing. Nothing was saved; please try again.</source>
            <translation>The server is busy: another counter is saving the same thing. Nothing was saved; please try again.</translation>
        </message>
        <message>
            <source>This is already on file (%1). Nothing was saved.</source>
            <translation>This is already on file (%1). Nothing was saved.</translation>
        </message>
        <message>
            <source>The server refused it: it does not fit what is on file (%1). Nothing was saved.</source>
            <translation>The server refused it: it does not fit what is on file (%1). Nothing was saved.</translation>
        </message>
        <message>
            <source>This counter's connection to the server is read-only. Nothing was saved.</source>
            <translation>This counter's connection to the server is read-only. Nothing was saved.</translation>
        </message>
        <message>
            <source>The server refused CounterCare's database role (%1): it lacks a grant. Ask whoever set up the server.</source>
            <translation>The server refused CounterCare's database role (%1): it lacks a grant. Ask whoever set up the server.</translation>
        </message>
        <message>
            <source>The server reports damaged data: %1</source>
            <translation>The server reports damaged data: %1</translation>
        </message>
        <message>
            <source>The server cannot be reached: %1. Nothing was saved.</source>
            <translation>The server cannot be reached: %1. Nothing was saved.</translation>
        </message>
        <message>
            <source>Database error in %1: %2</source>
            <translation>Database error in %1: %2</translation>
        </message>
    </context>
    <context>
        <name>cc::PrivateFile</name>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Cannot create the folder %1.</translation>
        </message>
        <message>
            <source>Cannot create the file %1.</source>
            <translation>Cannot create the file %1.</translation>
        </message>
    </context>
    <context>
        <name>cc::ReportService</name>
        <message>
            <source>Month: give one like 2026-11.</source>
            <translation>Month: give one like 2026-11.</translation>
        </message>
        <message>
            <source>Report stopped.</source>
            <translation>Report stopped.</translation>
        </message>
        <message>
            <source>From: give a date like 2026-01-01.</source>
            <translation>From: give a date like 2026-01-01.</translation>
        </message>
        <message>
            <source>To: give a date like 2026-12-31.</source>
            <translation>To: give a date like 2026-12-31.</translation>
        </message>
        <message>
            <source>To: the period ends before it begins.</source>
            <translation>To: the period ends before it begins.</translation>
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
        <name>cc::ServerLocation</name>
        <message>
            <source>Server: %1 is not a postgresql:// address.</source>
            <translation>Server: %1 is not a postgresql:// address.</translation>
        </message>
        <message>
            <source>Server: %1 is not a valid address (postgresql://user@host:port/database).</source>
            <translation>Server: %1 is not a valid address (postgresql://user@host:port/database).</translation>
        </message>
        <message>
            <source>Server: the address holds a password. Put the password in ~/.pgpass (or the file PGPASSFILE names) and leave it out of the address.</source>
            <translation>Server: the address holds a password. Put the password in ~/.pgpass (or the file PGPASSFILE names) and leave it out of the address.</translation>
        </message>
        <message>
            <source>Server: name the store's database after the host, as in postgresql://counter@%1/store.</source>
            <translation>Server: name the store's database after the host, as in postgresql://counter@%1/store.</translation>
        </message>
        <message>
            <source>Server: the address parameter "%1" is not one a store's address may set (%2).</source>
            <translation>Server: the address parameter "%1" is not one a store's address may set (%2).</translation>
        </message>
        <message>
            <source>Server: the value of "%1" may not contain spaces or semicolons.</source>
            <translation>Server: the value of "%1" may not contain spaces or semicolons.</translation>
        </message>
    </context>
    <context>
        <name>cc::ServerRoles</name>
        <message>
            <source>--app-role: "%1" is not a role name (lower-case letters, digits and _, starting with a letter).</source>
            <translation>--app-role: "%1" is not a role name (lower-case letters, digits and _, starting with a letter).</translation>
        </message>
        <message>
            <source>--app-role: the server has no role "%1". Create it first: CREATE ROLE %1 LOGIN PASSWORD '…';</source>
            <translation>--app-role: the server has no role "%1". Create it first: CREATE ROLE %1 LOGIN PASSWORD '…';</translation>
        </message>
    </context>
    <context>
        <name>cc::SqliteDialect</name>
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
        <message>
            <source>No ids can be reserved for "%1": not a table name.</source>
            <translation>No ids can be reserved for "%1": not a table name.</translation>
        </message>
    </context>
    <context>
        <name>cc::StorageCheck</name>
        <message>
            <source>The database is on a network share (%1, %2). SQLite's file locking is not reliable there and two counters can damage the file: keep it on this PC's own disk; several counters belong on the PostgreSQL server.</source>
            <translation>The database is on a network share (%1, %2). SQLite's file locking is not reliable there and two counters can damage the file: keep it on this PC's own disk; several counters belong on the PostgreSQL server.</translation>
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
        <message>
            <source>Hotline: at most 30 characters.</source>
            <translation>Hotline: at most 30 characters.</translation>
        </message>
        <message>
            <source>Hotline: only digits, spaces, +, - and brackets.</source>
            <translation>Hotline: only digits, spaces, +, - and brackets.</translation>
        </message>
        <message>
            <source>This database has no store yet.</source>
            <translation>This database has no store yet.</translation>
        </message>
    </context>
    <context>
        <name>cc::StoreSettings</name>
        <message>
            <source>Lock after: choose between %1 and %2 minutes.</source>
            <translation>Lock after: choose between %1 and %2 minutes.</translation>
        </message>
        <message>
            <source>Tiers: each threshold must be above zero and above the one before.</source>
            <translation>Tiers: each threshold must be above zero and above the one before.</translation>
        </message>
        <message>
            <source>Major from: the amount must be above zero.</source>
            <translation>Major from: the amount must be above zero.</translation>
        </message>
        <message>
            <source>Warn above: the amount must be above zero.</source>
            <translation>Warn above: the amount must be above zero.</translation>
        </message>
        <message>
            <source>Backup folder: give a full path, such as /media/usb/backups.</source>
            <translation>Backup folder: give a full path, such as /media/usb/backups.</translation>
        </message>
        <message>
            <source>Backup folder: %1 cannot be created; is the disk plugged in?</source>
            <translation>Backup folder: %1 cannot be created; is the disk plugged in?</translation>
        </message>
        <message>
            <source>Backup folder: %1 cannot be written to.</source>
            <translation>Backup folder: %1 cannot be written to.</translation>
        </message>
    </context>
    <context>
        <name>cc::TextInput</name>
        <message>
            <source>%1: contains the control character U+%2 at position %3, which cannot be typed; remove it.</source>
            <translation>%1: contains the control character U+%2 at position %3, which cannot be typed; remove it.</translation>
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
        <message>
            <source>At most this many entries (default: all).</source>
            <translation>At most this many entries (default: all).</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::BackupCommand</name>
        <message>
            <source>Replace the database with a verified backup, keeping a safety copy of the current one (manager).</source>
            <translation>Replace the database with a verified backup, keeping a safety copy of the current one (manager).</translation>
        </message>
        <message>
            <source>Write a checked snapshot of the database and its manifest (FILE.json) (manager).</source>
            <translation>Write a checked snapshot of the database and its manifest (FILE.json) (manager).</translation>
        </message>
        <message>
            <source>The backup file.</source>
            <translation>The backup file.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>The backup file to write.</source>
            <translation>The backup file to write.</translation>
        </message>
        <message>
            <source>Backed up to %1 (SHA-256 %2).</source>
            <translation>Backed up to %1 (SHA-256 %2).</translation>
        </message>
        <message>
            <source>Restored from %1. The database as it was is kept in %2.</source>
            <translation>Restored from %1. The database as it was is kept in %2.</translation>
        </message>
        <message>
            <source>Restore a copy that has no manifest (FILE.json): nothing then shows that its rows are as they were backed up. The audit log says so.</source>
            <translation>Restore a copy that has no manifest (FILE.json): nothing then shows that its rows are as they were backed up. The audit log says so.</translation>
        </message>
        <message>
            <source>Restoring over the damaged file.</source>
            <translation>Restoring over the damaged file.</translation>
        </message>
        <message>
            <source>Restored from %1. The damaged file is kept, untouched, as %2.</source>
            <translation>Restored from %1. The damaged file is kept, untouched, as %2.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::CallbackCommand</name>
        <message>
            <source>List callbacks to make, oldest first (makes the greetings due by then).</source>
            <translation>List callbacks to make, oldest first (makes the greetings due by then).</translation>
        </message>
        <message>
            <source>Due on or before this day.</source>
            <translation>Due on or before this day.</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>DATE</translation>
        </message>
        <message>
            <source>Only those past their due time.</source>
            <translation>Only those past their due time.</translation>
        </message>
        <message>
            <source>Judge overdue as of this time (default now).</source>
            <translation>Judge overdue as of this time (default now).</translation>
        </message>
        <message>
            <source>DATETIME</source>
            <translation>DATETIME</translation>
        </message>
        <message>
            <source>Only this user's.</source>
            <translation>Only this user's.</translation>
        </message>
        <message>
            <source>USER</source>
            <translation>USER</translation>
        </message>
        <message>
            <source>pending (default), done, missed, cancelled or all.</source>
            <translation>pending (default), done, missed, cancelled or all.</translation>
        </message>
        <message>
            <source>S</source>
            <translation>S</translation>
        </message>
        <message>
            <source>Only this customer's.</source>
            <translation>Only this customer's.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>--due-by: write a date as YYYY-MM-DD.</source>
            <translation>--due-by: write a date as YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>--as-of: only with --overdue.</source>
            <translation>--as-of: only with --overdue.</translation>
        </message>
        <message>
            <source>--as-of: write an ISO 8601 date and time.</source>
            <translation>--as-of: write an ISO 8601 date and time.</translation>
        </message>
        <message>
            <source>--status: use pending, done, missed, cancelled or all.</source>
            <translation>--status: use pending, done, missed, cancelled or all.</translation>
        </message>
        <message>
            <source>Arrange a call with a customer, assigned to you.</source>
            <translation>Arrange a call with a customer, assigned to you.</translation>
        </message>
        <message>
            <source>Customer id or file number.</source>
            <translation>Customer id or file number.</translation>
        </message>
        <message>
            <source>When to call.</source>
            <translation>When to call.</translation>
        </message>
        <message>
            <source>What the call is about.</source>
            <translation>What the call is about.</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>--due: write an ISO 8601 date and time.</source>
            <translation>--due: write an ISO 8601 date and time.</translation>
        </message>
        <message>
            <source>ID: give one callback id, as `callback list` shows.</source>
            <translation>ID: give one callback id, as `callback list` shows.</translation>
        </message>
        <message>
            <source>--%1: required.</source>
            <translation>--%1: required.</translation>
        </message>
        <message>
            <source>Everyone's callbacks: to make, due today, overdue, and the 30-day on-time rate.</source>
            <translation>Everyone's callbacks: to make, due today, overdue, and the 30-day on-time rate.</translation>
        </message>
        <message>
            <source>Show the callback rules; with options, change them (manager).</source>
            <translation>Show the callback rules; with options, change them (manager).</translation>
        </message>
        <message>
            <source>Days after a purchase of the three calls (3,30,60).</source>
            <translation>Days after a purchase of the three calls (3,30,60).</translation>
        </message>
        <message>
            <source>N,N,N</source>
            <translation>N,N,N</translation>
        </message>
        <message>
            <source>Days after a visit without purchase of the two calls (3,15).</source>
            <translation>Days after a visit without purchase of the two calls (3,15).</translation>
        </message>
        <message>
            <source>N,N</source>
            <translation>N,N</translation>
        </message>
        <message>
            <source>Days after a complaint is resolved (1).</source>
            <translation>Days after a complaint is resolved (1).</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Time of day calls are due (10:00).</source>
            <translation>Time of day calls are due (10:00).</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <translation>HH:MM</translation>
        </message>
        <message>
            <source>Birthday greetings: on or off.</source>
            <translation>Birthday greetings: on or off.</translation>
        </message>
        <message>
            <source>on|off</source>
            <translation>on|off</translation>
        </message>
        <message>
            <source>Holiday greetings: on or off.</source>
            <translation>Holiday greetings: on or off.</translation>
        </message>
        <message>
            <source>Calls without answer before a callback is missed (3).</source>
            <translation>Calls without answer before a callback is missed (3).</translation>
        </message>
        <message>
            <source>--%1: on or off.</source>
            <translation>--%1: on or off.</translation>
        </message>
        <message>
            <source>Remind buyers of a product to have it serviced every N days (0 stops; manager).</source>
            <translation>Remind buyers of a product to have it serviced every N days (0 stops; manager).</translation>
        </message>
        <message>
            <source>Product name, or a part of it that purchase lines contain.</source>
            <translation>Product name, or a part of it that purchase lines contain.</translation>
        </message>
        <message>
            <source>Days between services.</source>
            <translation>Days between services.</translation>
        </message>
        <message>
            <source>--days: a whole number.</source>
            <translation>--days: a whole number.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>Add a holiday the store greets its customers on (manager).</source>
            <translation>Add a holiday the store greets its customers on (manager).</translation>
        </message>
        <message>
            <source>Remove a holiday from the list (manager).</source>
            <translation>Remove a holiday from the list (manager).</translation>
        </message>
        <message>
            <source>List the holidays the store greets its customers on.</source>
            <translation>List the holidays the store greets its customers on.</translation>
        </message>
        <message>
            <source>Its name.</source>
            <translation>Its name.</translation>
        </message>
        <message>
            <source>Its date this year.</source>
            <translation>Its date this year.</translation>
        </message>
        <message>
            <source>--date: write a date as YYYY-MM-DD.</source>
            <translation>--date: write a date as YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>Added holiday %1.</source>
            <translation>Added holiday %1.</translation>
        </message>
        <message>
            <source>ID: give one holiday id, as `holiday list` shows.</source>
            <translation>ID: give one holiday id, as `holiday list` shows.</translation>
        </message>
        <message>
            <source>Removed.</source>
            <translation>Removed.</translation>
        </message>
        <message>
            <source>The call was made: what the customer said.</source>
            <translation>The call was made: what the customer said.</translation>
        </message>
        <message>
            <source>What the customer said.</source>
            <translation>What the customer said.</translation>
        </message>
        <message>
            <source>1 to 5, where asked.</source>
            <translation>1 to 5, where asked.</translation>
        </message>
        <message>
            <source>--satisfaction: give 1 to 5.</source>
            <translation>--satisfaction: give 1 to 5.</translation>
        </message>
        <message>
            <source>Nobody answered: try again tomorrow, missed after the last try.</source>
            <translation>Nobody answered: try again tomorrow, missed after the last try.</translation>
        </message>
        <message>
            <source>Move the call to another time.</source>
            <translation>Move the call to another time.</translation>
        </message>
        <message>
            <source>The new time.</source>
            <translation>The new time.</translation>
        </message>
        <message>
            <source>Why.</source>
            <translation>Why.</translation>
        </message>
        <message>
            <source>--to: write an ISO 8601 date and time.</source>
            <translation>--to: write an ISO 8601 date and time.</translation>
        </message>
        <message>
            <source>Cancel a call, saying why.</source>
            <translation>Cancel a call, saying why.</translation>
        </message>
        <message>
            <source>Why it is cancelled.</source>
            <translation>Why it is cancelled.</translation>
        </message>
        <message>
            <source>Give the call to another user (supervisors and managers).</source>
            <translation>Give the call to another user (supervisors and managers).</translation>
        </message>
        <message>
            <source>User name.</source>
            <translation>User name.</translation>
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
        <name>cc::cli::ChurnReportCommand</name>
        <message>
            <source>Customers lost in a period, by reason, with the absolute and relative churn rates and those won back (supervisor, manager).</source>
            <translation>Customers lost in a period, by reason, with the absolute and relative churn rates and those won back (supervisor, manager).</translation>
        </message>
        <message>
            <source>The first day, such as 2026-01-01.</source>
            <translation>The first day, such as 2026-01-01.</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>DATE</translation>
        </message>
        <message>
            <source>The last day, included, such as 2026-12-31.</source>
            <translation>The last day, included, such as 2026-12-31.</translation>
        </message>
        <message>
            <source>--from: write a date as YYYY-MM-DD.</source>
            <translation>--from: write a date as YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>--to: write a date as YYYY-MM-DD.</source>
            <translation>--to: write a date as YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>--to: the period ends before it begins.</source>
            <translation>--to: the period ends before it begins.</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <source>Absolute churn rate: %1%.</source>
            <translation>Absolute churn rate: %1%.</translation>
        </message>
        <message>
            <source>Relative churn rate: %1%.</source>
            <translation>Relative churn rate: %1%.</translation>
        </message>
        <message>
            <source>Relative churn rate: no purchases on record.</source>
            <translation>Relative churn rate: no purchases on record.</translation>
        </message>
        <message>
            <source>Purchases of the lost customers: %1 of %2.</source>
            <translation>Purchases of the lost customers: %1 of %2.</translation>
        </message>
        <message>
            <source>(no reason)</source>
            <translation>(no reason)</translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln customer(s) lost of %L2 on file; %L3 won back.</source>
            <translation>
                <numerusform>%1: %Ln customer lost of %L2 on file; %L3 won back.</numerusform>
                <numerusform>%1: %Ln customers lost of %L2 on file; %L3 won back.</numerusform>
            </translation>
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
        <message>
            <source>--%1: required.</source>
            <translation>--%1: required.</translation>
        </message>
        <message>
            <source>Reply by %1, resolve by %2, handler %3</source>
            <translation>Reply by %1, resolve by %2, handler %3</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::CompensationCommand</name>
        <message>
            <source>Request compensation on a complaint; approved at once within your own limit, otherwise it waits for the role whose limit covers it.</source>
            <translation>Request compensation on a complaint; approved at once within your own limit, otherwise it waits for the role whose limit covers it.</translation>
        </message>
        <message>
            <source>refund, exchange, repair, voucher, gift, cash or upgrade.</source>
            <translation>refund, exchange, repair, voucher, gift, cash or upgrade.</translation>
        </message>
        <message>
            <source>KIND</source>
            <translation>KIND</translation>
        </message>
        <message>
            <source>In yuan, e.g. 300 or 49.90.</source>
            <translation>In yuan, e.g. 300 or 49.90.</translation>
        </message>
        <message>
            <source>AMOUNT</source>
            <translation>AMOUNT</translation>
        </message>
        <message>
            <source>Why.</source>
            <translation>Why.</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>NUMBER: give one complaint number, e.g. TS-20261202-0001.</source>
            <translation>NUMBER: give one complaint number, e.g. TS-20261202-0001.</translation>
        </message>
        <message>
            <source>--kind: use refund, exchange, repair, voucher, gift, cash or upgrade.</source>
            <translation>--kind: use refund, exchange, repair, voucher, gift, cash or upgrade.</translation>
        </message>
        <message>
            <source>--amount</source>
            <translation>--amount</translation>
        </message>
        <message>
            <source>A supervisor's recommendation on a request only a manager may decide.</source>
            <translation>A supervisor's recommendation on a request only a manager may decide.</translation>
        </message>
        <message>
            <source>Approve (optionally at a lower amount) or reject a request, with a comment.</source>
            <translation>Approve (optionally at a lower amount) or reject a request, with a comment.</translation>
        </message>
        <message>
            <source>Approve the request.</source>
            <translation>Approve the request.</translation>
        </message>
        <message>
            <source>Reject the request.</source>
            <translation>Reject the request.</translation>
        </message>
        <message>
            <source>Grant this much instead (yuan).</source>
            <translation>Grant this much instead (yuan).</translation>
        </message>
        <message>
            <source>ID: give one request id, as `compensation list` shows.</source>
            <translation>ID: give one request id, as `compensation list` shows.</translation>
        </message>
        <message>
            <source>Give either --approve or --reject.</source>
            <translation>Give either --approve or --reject.</translation>
        </message>
        <message>
            <source>--amount: only with --approve.</source>
            <translation>--amount: only with --approve.</translation>
        </message>
        <message>
            <source>List compensation requests, newest first; pending ones oldest first.</source>
            <translation>List compensation requests, newest first; pending ones oldest first.</translation>
        </message>
        <message>
            <source>Only those waiting.</source>
            <translation>Only those waiting.</translation>
        </message>
        <message>
            <source>Only this case's.</source>
            <translation>Only this case's.</translation>
        </message>
        <message>
            <source>NUMBER</source>
            <translation>NUMBER</translation>
        </message>
        <message>
            <source>Set the most a role may grant alone of a kind (manager only; --max none for no limit).</source>
            <translation>Set the most a role may grant alone of a kind (manager only; --max none for no limit).</translation>
        </message>
        <message>
            <source>Show the authority table: the most each role may grant alone.</source>
            <translation>Show the authority table: the most each role may grant alone.</translation>
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
            <source>In yuan, or none.</source>
            <translation>In yuan, or none.</translation>
        </message>
        <message>
            <source>--role: use clerk, supervisor or manager.</source>
            <translation>--role: use clerk, supervisor or manager.</translation>
        </message>
        <message>
            <source>--max</source>
            <translation>--max</translation>
        </message>
        <message>
            <source>Write the customer's slip of a decided request as PDF.</source>
            <translation>Write the customer's slip of a decided request as PDF.</translation>
        </message>
        <message>
            <source>The PDF file to write.</source>
            <translation>The PDF file to write.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>a5 (default) or 80mm.</source>
            <translation>a5 (default) or 80mm.</translation>
        </message>
        <message>
            <source>SIZE</source>
            <translation>SIZE</translation>
        </message>
        <message>
            <source>--size: use a5 or 80mm.</source>
            <translation>--size: use a5 or 80mm.</translation>
        </message>
        <message>
            <source>Wrote the compensation slip to %1.</source>
            <translation>Wrote the compensation slip to %1.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::ComplaintCommand</name>
        <message>
            <source>Log a complaint; it is numbered TS-YYYYMMDD-NNNN and made major automatically when the rules say so.</source>
            <translation>Log a complaint; it is numbered TS-YYYYMMDD-NNNN and made major automatically when the rules say so.</translation>
        </message>
        <message>
            <source>Customer id or file number.</source>
            <translation>Customer id or file number.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>quality, service, price, attitude, delivery or other.</source>
            <translation>quality, service, price, attitude, delivery or other.</translation>
        </message>
        <message>
            <source>CATEGORY</source>
            <translation>CATEGORY</translation>
        </message>
        <message>
            <source>walk_in, phone, written, online or head_office.</source>
            <translation>walk_in, phone, written, online or head_office.</translation>
        </message>
        <message>
            <source>CHANNEL</source>
            <translation>CHANNEL</translation>
        </message>
        <message>
            <source>What happened, in the customer's words.</source>
            <translation>What happened, in the customer's words.</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>refund, exchange, repair, compensation, apology or other.</source>
            <translation>refund, exchange, repair, compensation, apology or other.</translation>
        </message>
        <message>
            <source>DEMAND</source>
            <translation>DEMAND</translation>
        </message>
        <message>
            <source>Product or model.</source>
            <translation>Product or model.</translation>
        </message>
        <message>
            <source>Receipt number.</source>
            <translation>Receipt number.</translation>
        </message>
        <message>
            <source>NO</source>
            <translation>NO</translation>
        </message>
        <message>
            <source>Purchase date, YYYY-MM-DD.</source>
            <translation>Purchase date, YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>DATE</translation>
        </message>
        <message>
            <source>Price paid, in yuan.</source>
            <translation>Price paid, in yuan.</translation>
        </message>
        <message>
            <source>AMOUNT</source>
            <translation>AMOUNT</translation>
        </message>
        <message>
            <source>User name of the employee complained about.</source>
            <translation>User name of the employee complained about.</translation>
        </message>
        <message>
            <source>USER</source>
            <translation>USER</translation>
        </message>
        <message>
            <source>media, regulator, group, manufacturer or safety; repeat for several.</source>
            <translation>media, regulator, group, manufacturer or safety; repeat for several.</translation>
        </message>
        <message>
            <source>FLAG</source>
            <translation>FLAG</translation>
        </message>
        <message>
            <source>When the complaint was received (ISO 8601, local time unless an offset is given).</source>
            <translation>When the complaint was received (ISO 8601, local time unless an offset is given).</translation>
        </message>
        <message>
            <source>DATETIME</source>
            <translation>DATETIME</translation>
        </message>
        <message>
            <source>--category: use quality, service, price, attitude, delivery or other.</source>
            <translation>--category: use quality, service, price, attitude, delivery or other.</translation>
        </message>
        <message>
            <source>--channel: use walk_in, phone, written, online or head_office.</source>
            <translation>--channel: use walk_in, phone, written, online or head_office.</translation>
        </message>
        <message>
            <source>--demand: use refund, exchange, repair, compensation, apology or other.</source>
            <translation>--demand: use refund, exchange, repair, compensation, apology or other.</translation>
        </message>
        <message>
            <source>--flag: use media, regulator, group, manufacturer or safety.</source>
            <translation>--flag: use media, regulator, group, manufacturer or safety.</translation>
        </message>
        <message>
            <source>--purchase-date: write the date as YYYY-MM-DD.</source>
            <translation>--purchase-date: write the date as YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>--received-at: write an ISO 8601 date and time, e.g. 2026-12-02T10:05:00.</source>
            <translation>--received-at: write an ISO 8601 date and time, e.g. 2026-12-02T10:05:00.</translation>
        </message>
        <message>
            <source>Show a complaint with its timeline (every transition with actor and time).</source>
            <translation>Show a complaint with its timeline (every transition with actor and time).</translation>
        </message>
        <message>
            <source>NUMBER: give one complaint number, e.g. TS-20261202-0001.</source>
            <translation>NUMBER: give one complaint number, e.g. TS-20261202-0001.</translation>
        </message>
        <message>
            <source>List complaints: unescalated major cases first, then by resolve-by time.</source>
            <translation>List complaints: unescalated major cases first, then by resolve-by time.</translation>
        </message>
        <message>
            <source>received, in_progress, awaiting_approval, resolved, closed or cancelled.</source>
            <translation>received, in_progress, awaiting_approval, resolved, closed or cancelled.</translation>
        </message>
        <message>
            <source>S</source>
            <translation>S</translation>
        </message>
        <message>
            <source>general or major.</source>
            <translation>general or major.</translation>
        </message>
        <message>
            <source>SEVERITY</source>
            <translation>SEVERITY</translation>
        </message>
        <message>
            <source>Only open cases past their promise.</source>
            <translation>Only open cases past their promise.</translation>
        </message>
        <message>
            <source>Judge overdue as of this time (default now).</source>
            <translation>Judge overdue as of this time (default now).</translation>
        </message>
        <message>
            <source>--status: use received, in_progress, awaiting_approval, resolved, closed or cancelled.</source>
            <translation>--status: use received, in_progress, awaiting_approval, resolved, closed or cancelled.</translation>
        </message>
        <message>
            <source>--severity: use general or major.</source>
            <translation>--severity: use general or major.</translation>
        </message>
        <message>
            <source>--as-of: write an ISO 8601 date and time.</source>
            <translation>--as-of: write an ISO 8601 date and time.</translation>
        </message>
        <message>
            <source>--%1: required.</source>
            <translation>--%1: required.</translation>
        </message>
        <message>
            <source>--satisfaction: give 1 to 5, or 'declined'.</source>
            <translation>--satisfaction: give 1 to 5, or 'declined'.</translation>
        </message>
        <message>
            <source>Give the case to a handler (supervisor or manager).</source>
            <translation>Give the case to a handler (supervisor or manager).</translation>
        </message>
        <message>
            <source>User name of the new handler.</source>
            <translation>User name of the new handler.</translation>
        </message>
        <message>
            <source>Start handling the case.</source>
            <translation>Start handling the case.</translation>
        </message>
        <message>
            <source>What was done.</source>
            <translation>What was done.</translation>
        </message>
        <message>
            <source>1 to 5, or 'declined' when the customer would not say.</source>
            <translation>1 to 5, or 'declined' when the customer would not say.</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Reopen a resolved or closed case.</source>
            <translation>Reopen a resolved or closed case.</translation>
        </message>
        <message>
            <source>Why it is reopened.</source>
            <translation>Why it is reopened.</translation>
        </message>
        <message>
            <source>Cancel a complaint the customer withdrew.</source>
            <translation>Cancel a complaint the customer withdrew.</translation>
        </message>
        <message>
            <source>Why it is cancelled.</source>
            <translation>Why it is cancelled.</translation>
        </message>
        <message>
            <source>Record that a major case was reported (to whom, how).</source>
            <translation>Record that a major case was reported (to whom, how).</translation>
        </message>
        <message>
            <source>Who was told.</source>
            <translation>Who was told.</translation>
        </message>
        <message>
            <source>Add a note to the case's timeline.</source>
            <translation>Add a note to the case's timeline.</translation>
        </message>
        <message>
            <source>The note.</source>
            <translation>The note.</translation>
        </message>
        <message>
            <source>Record how the case was resolved and, if known, the customer's satisfaction.</source>
            <translation>Record how the case was resolved and, if known, the customer's satisfaction.</translation>
        </message>
        <message>
            <source>Record an item the store keeps for the case (--item, --sent-to), or that it went back (--returned).</source>
            <translation>Record an item the store keeps for the case (--item, --sent-to), or that it went back (--returned).</translation>
        </message>
        <message>
            <source>What the store keeps.</source>
            <translation>What the store keeps.</translation>
        </message>
        <message>
            <source>Its condition.</source>
            <translation>Its condition.</translation>
        </message>
        <message>
            <source>Where it was sent (technical department, manufacturer).</source>
            <translation>Where it was sent (technical department, manufacturer).</translation>
        </message>
        <message>
            <source>Everything held went back to the customer.</source>
            <translation>Everything held went back to the customer.</translation>
        </message>
        <message>
            <source>Custody: give either --item (with --sent-to) or --returned.</source>
            <translation>Custody: give either --item (with --sent-to) or --returned.</translation>
        </message>
        <message>
            <source>Write the slip handed to the customer as a PDF, with a QR code of the number.</source>
            <translation>Write the slip handed to the customer as a PDF, with a QR code of the number.</translation>
        </message>
        <message>
            <source>The PDF file to write.</source>
            <translation>The PDF file to write.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>Paper: a5 (default) or 80mm for receipt printers.</source>
            <translation>Paper: a5 (default) or 80mm for receipt printers.</translation>
        </message>
        <message>
            <source>SIZE</source>
            <translation>SIZE</translation>
        </message>
        <message>
            <source>--pdf: required.</source>
            <translation>--pdf: required.</translation>
        </message>
        <message>
            <source>--size: give a5 or 80mm.</source>
            <translation>--size: give a5 or 80mm.</translation>
        </message>
        <message>
            <source>Wrote the receipt of %1 to %2.</source>
            <translation>Wrote the receipt of %1 to %2.</translation>
        </message>
        <message>
            <source>Make a general case major (supervisors and managers).</source>
            <translation>Make a general case major (supervisors and managers).</translation>
        </message>
        <message>
            <source>Why the case is major.</source>
            <translation>Why the case is major.</translation>
        </message>
        <message>
            <source>Close a resolved case (needs the resolution, the customer's satisfaction and the follow-up callback done).</source>
            <translation>Close a resolved case (needs the resolution, the customer's satisfaction and the follow-up callback done).</translation>
        </message>
        <message>
            <source>Close although the follow-up callback is not done (supervisors and managers; needs --reason).</source>
            <translation>Close although the follow-up callback is not done (supervisors and managers; needs --reason).</translation>
        </message>
        <message>
            <source>Why the case closes without the follow-up callback.</source>
            <translation>Why the case closes without the follow-up callback.</translation>
        </message>
        <message>
            <source>--reason: only with --without-callback.</source>
            <translation>--reason: only with --without-callback.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::CustomerCommand</name>
        <message>
            <source>--%1: use %2.</source>
            <translation>--%1: use %2.</translation>
        </message>
        <message>
            <source>Create a customer file; phones are stored normalised (E.164).</source>
            <translation>Create a customer file; phones are stored normalised (E.164).</translation>
        </message>
        <message>
            <source>Customer's name.</source>
            <translation>Customer's name.</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>A phone number; repeat for several.</source>
            <translation>A phone number; repeat for several.</translation>
        </message>
        <message>
            <source>PHONE</source>
            <translation>PHONE</translation>
        </message>
        <message>
            <source>f or m.</source>
            <translation>f or m.</translation>
        </message>
        <message>
            <source>G</source>
            <translation>G</translation>
        </message>
        <message>
            <source>Birthday, YYYY-MM-DD.</source>
            <translation>Birthday, YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>DATE</translation>
        </message>
        <message>
            <source>general or special.</source>
            <translation>general or special.</translation>
        </message>
        <message>
            <source>CATEGORY</source>
            <translation>CATEGORY</translation>
        </message>
        <message>
            <source>normal, confidential or secret.</source>
            <translation>normal, confidential or secret.</translation>
        </message>
        <message>
            <source>LEVEL</source>
            <translation>LEVEL</translation>
        </message>
        <message>
            <source>A tag (size, colour, ...); repeat for several.</source>
            <translation>A tag (size, colour, ...); repeat for several.</translation>
        </message>
        <message>
            <source>TAG</source>
            <translation>TAG</translation>
        </message>
        <message>
            <source>Address.</source>
            <translation>Address.</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>Company.</source>
            <translation>Company.</translation>
        </message>
        <message>
            <source>Free note.</source>
            <translation>Free note.</translation>
        </message>
        <message>
            <source>When the customer takes calls, e.g. 18:00-21:00.</source>
            <translation>When the customer takes calls, e.g. 18:00-21:00.</translation>
        </message>
        <message>
            <source>HH:MM-HH:MM</source>
            <translation>HH:MM-HH:MM</translation>
        </message>
        <message>
            <source>The customer declined calls: no callbacks are scheduled.</source>
            <translation>The customer declined calls: no callbacks are scheduled.</translation>
        </message>
        <message>
            <source>Create the file even if a phone is already on another file.</source>
            <translation>Create the file even if a phone is already on another file.</translation>
        </message>
        <message>
            <source>--phone: at least one is required.</source>
            <translation>--phone: at least one is required.</translation>
        </message>
        <message>
            <source>--birthday: write the date as YYYY-MM-DD.</source>
            <translation>--birthday: write the date as YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>Created file %1 for %2.</source>
            <translation>Created file %1 for %2.</translation>
        </message>
        <message>
            <source>Show a customer's whole file; a protected file needs --reason and a role allowed to see it.</source>
            <translation>Show a customer's whole file; a protected file needs --reason and a role allowed to see it.</translation>
        </message>
        <message>
            <source>Why you open a protected file (recorded).</source>
            <translation>Why you open a protected file (recorded).</translation>
        </message>
        <message>
            <source>ID|FILE_NO: give one customer id or file number.</source>
            <translation>ID|FILE_NO: give one customer id or file number.</translation>
        </message>
        <message>
            <source>Profit contribution: %1 lifetime, %2 in the last 12 months</source>
            <translation>Profit contribution: %1 lifetime, %2 in the last 12 months</translation>
        </message>
        <message>
            <source>Find customers by phone (full, partial or the last four digits), name in either script, address or note fragment, file number or receipt number; best match first.</source>
            <translation>Find customers by phone (full, partial or the last four digits), name in either script, address or note fragment, file number or receipt number; best match first.</translation>
        </message>
        <message>
            <source>At most this many results (default 20).</source>
            <translation>At most this many results (default 20).</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>QUERY: say what to look for.</source>
            <translation>QUERY: say what to look for.</translation>
        </message>
        <message>
            <source>--limit: give a whole number from 1 to 200.</source>
            <translation>--limit: give a whole number from 1 to 200.</translation>
        </message>
        <message>
            <source>No customer matches "%1".</source>
            <translation>No customer matches "%1".</translation>
        </message>
        <message>
            <source>Record a purchase on a customer file, one --item per line.</source>
            <translation>Record a purchase on a customer file, one --item per line.</translation>
        </message>
        <message>
            <source>Customer id or file number.</source>
            <translation>Customer id or file number.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Receipt number.</source>
            <translation>Receipt number.</translation>
        </message>
        <message>
            <source>NO</source>
            <translation>NO</translation>
        </message>
        <message>
            <source>Purchase date, YYYY-MM-DD.</source>
            <translation>Purchase date, YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>"NAME;QTY;UNIT_PRICE;UNIT_COST", prices in yuan; repeat for several.</source>
            <translation>"NAME;QTY;UNIT_PRICE;UNIT_COST", prices in yuan; repeat for several.</translation>
        </message>
        <message>
            <source>ITEM</source>
            <translation>ITEM</translation>
        </message>
        <message>
            <source>--date: write the date as YYYY-MM-DD.</source>
            <translation>--date: write the date as YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>--item %1</source>
            <translation>--item %1</translation>
        </message>
        <message>
            <source>%1: write NAME;QTY;UNIT_PRICE;UNIT_COST.</source>
            <translation>%1: write NAME;QTY;UNIT_PRICE;UNIT_COST.</translation>
        </message>
        <message>
            <source>%1: the quantity is not a whole number.</source>
            <translation>%1: the quantity is not a whole number.</translation>
        </message>
        <message>
            <source>%1 price</source>
            <translation>%1 price</translation>
        </message>
        <message>
            <source>%1 cost</source>
            <translation>%1 cost</translation>
        </message>
        <message>
            <source>Recorded receipt %1: %2.</source>
            <translation>Recorded receipt %1: %2.</translation>
        </message>
        <message>
            <source>Write a conversation onto a customer's contact log.</source>
            <translation>Write a conversation onto a customer's contact log.</translation>
        </message>
        <message>
            <source>phone, visit, sms, wechat, email or letter.</source>
            <translation>phone, visit, sms, wechat, email or letter.</translation>
        </message>
        <message>
            <source>CHANNEL</source>
            <translation>CHANNEL</translation>
        </message>
        <message>
            <source>What was said.</source>
            <translation>What was said.</translation>
        </message>
        <message>
            <source>Added to the contact log.</source>
            <translation>Added to the contact log.</translation>
        </message>
        <message>
            <source>Import customer files from CSV with a header row (Chinese or English column names). All or nothing: any bad line refuses the whole file and every bad line is reported.</source>
            <translation>Import customer files from CSV with a header row (Chinese or English column names). All or nothing: any bad line refuses the whole file and every bad line is reported.</translation>
        </message>
        <message>
            <source>auto (default), utf-8 or gb18030.</source>
            <translation>auto (default), utf-8 or gb18030.</translation>
        </message>
        <message>
            <source>ENC</source>
            <translation>ENC</translation>
        </message>
        <message>
            <source>Check the file and report, without importing.</source>
            <translation>Check the file and report, without importing.</translation>
        </message>
        <message>
            <source>FILE: give one CSV file.</source>
            <translation>FILE: give one CSV file.</translation>
        </message>
        <message>
            <source>--encoding: use auto, utf-8 or gb18030.</source>
            <translation>--encoding: use auto, utf-8 or gb18030.</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Line %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n line(s) need correcting.</source>
            <translation>
                <numerusform>Nothing was imported: %n line needs correcting.</numerusform>
                <numerusform>Nothing was imported: %n lines need correcting.</numerusform>
            </translation>
        </message>
        <message>
            <source>Columns not imported: %1</source>
            <translation>Columns not imported: %1</translation>
        </message>
        <message numerus="yes">
            <source>Dry run: all %n row(s) are good; nothing was written.</source>
            <translation>
                <numerusform>Dry run: the %n row is good; nothing was written.</numerusform>
                <numerusform>Dry run: all %n rows are good; nothing was written.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n customer file(s).</source>
            <translation>
                <numerusform>Imported %n customer file.</numerusform>
                <numerusform>Imported %n customer files.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export every customer file to CSV (UTF-8 with BOM, opens in Excel). Manager only; recorded in the audit log.</source>
            <translation>Export every customer file to CSV (UTF-8 with BOM, opens in Excel). Manager only; recorded in the audit log.</translation>
        </message>
        <message>
            <source>FILE: give one file to write.</source>
            <translation>FILE: give one file to write.</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n customer file(s).</source>
            <translation>
                <numerusform>Exported %n customer file.</numerusform>
                <numerusform>Exported %n customer files.</numerusform>
            </translation>
        </message>
        <message>
            <source>Merge two files of the same person: everything of DROP moves onto KEEP (supervisor or manager). DROP's old name, address, company and note stay in its retired record until a manager runs customer erase on KEEP.</source>
            <translation>Merge two files of the same person: everything of DROP moves onto KEEP (supervisor or manager). DROP's old name, address, company and note stay in its retired record until a manager runs customer erase on KEEP.</translation>
        </message>
        <message>
            <source>KEEP DROP: give the file to keep and the file to merge into it.</source>
            <translation>KEEP DROP: give the file to keep and the file to merge into it.</translation>
        </message>
        <message>
            <source>%1 is merged into %2. Its old name, address, company and note stay in its retired record; customer erase %2 removes them with the person.</source>
            <translation>%1 is merged into %2. Its old name, address, company and note stay in its retired record; customer erase %2 removes them with the person.</translation>
        </message>
        <message>
            <source>Erase a customer for good (manager): name, phones, address, notes and family go; the file number, purchases and complaints stay without the person. Audited.</source>
            <translation>Erase a customer for good (manager): name, phones, address, notes and family go; the file number, purchases and complaints stay without the person. Audited.</translation>
        </message>
        <message>
            <source>Why the file is erased (recorded).</source>
            <translation>Why the file is erased (recorded).</translation>
        </message>
        <message>
            <source>--reason: say why the file is erased.</source>
            <translation>--reason: say why the file is erased.</translation>
        </message>
        <message>
            <source>%1 is erased: the person is gone from the file, its purchases and complaints stay.</source>
            <translation>%1 is erased: the person is gone from the file, its purchases and complaints stay.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::DemoCommand</name>
        <message>
            <source>Fill an empty store with realistic generated customers, complaints, compensation and callbacks (manager).</source>
            <translation>Fill an empty store with realistic generated customers, complaints, compensation and callbacks (manager).</translation>
        </message>
        <message>
            <source>How many customer files.</source>
            <translation>How many customer files.</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>How many complaints over three years (default: half as many as customers).</source>
            <translation>How many complaints over three years (default: half as many as customers).</translation>
        </message>
        <message>
            <source>The same seed gives the same store (default 20261201).</source>
            <translation>The same seed gives the same store (default 20261201).</translation>
        </message>
        <message>
            <source>Read the demo staff's password from PATH (or env COUNTERCARE_NEW_PASSWORD); without one they get a random password a manager resets.</source>
            <translation>Read the demo staff's password from PATH (or env COUNTERCARE_NEW_PASSWORD); without one they get a random password a manager resets.</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>PATH</translation>
        </message>
        <message>
            <source>--customers: give a whole number, such as 100000.</source>
            <translation>--customers: give a whole number, such as 100000.</translation>
        </message>
        <message>
            <source>--complaints: give a whole number, such as 200000.</source>
            <translation>--complaints: give a whole number, such as 200000.</translation>
        </message>
        <message>
            <source>--seed: give a whole number.</source>
            <translation>--seed: give a whole number.</translation>
        </message>
        <message>
            <source>Demo data: %L1 customer files, %L2 purchases, %L3 complaints, %L4 compensations, %L5 callbacks and %L6 staff in %7 s.</source>
            <translation>Demo data: %L1 customer files, %L2 purchases, %L3 complaints, %L4 compensations, %L5 callbacks and %L6 staff in %7 s.</translation>
        </message>
        <message>
            <source>COUNT</source>
            <translation>COUNT</translation>
        </message>
        <message>
            <source>SEED</source>
            <translation>SEED</translation>
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
            <source>Password for %1: </source>
            <translation>Password for %1: </translation>
        </message>
        <message>
            <source>Created the store "%1" in %2 with the manager %3.</source>
            <translation>Created the store "%1" in %2 with the manager %3.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::MonthlyReportCommand</name>
        <message>
            <source>Complaints of a month by category, severity, channel and status, with timeliness, satisfaction and compensation granted (supervisor, manager).</source>
            <translation>Complaints of a month by category, severity, channel and status, with timeliness, satisfaction and compensation granted (supervisor, manager).</translation>
        </message>
        <message>
            <source>The month, such as 2026-11.</source>
            <translation>The month, such as 2026-11.</translation>
        </message>
        <message>
            <source>YYYY-MM</source>
            <translation>YYYY-MM</translation>
        </message>
        <message>
            <source>json or csv (default: text).</source>
            <translation>json or csv (default: text).</translation>
        </message>
        <message>
            <source>FORMAT</source>
            <translation>FORMAT</translation>
        </message>
        <message>
            <source>--month: give a month such as 2026-11.</source>
            <translation>--month: give a month such as 2026-11.</translation>
        </message>
        <message>
            <source>--format: use json or csv.</source>
            <translation>--format: use json or csv.</translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln complaint(s).</source>
            <translation>
                <numerusform>%1: %Ln complaint.</numerusform>
                <numerusform>%1: %Ln complaints.</numerusform>
            </translation>
        </message>
        <message>
            <source>By category</source>
            <translation>By category</translation>
        </message>
        <message>
            <source>By severity</source>
            <translation>By severity</translation>
        </message>
        <message>
            <source>By channel</source>
            <translation>By channel</translation>
        </message>
        <message>
            <source>Status now</source>
            <translation>Status now</translation>
        </message>
        <message>
            <source>Resolved on time: %1; late: %2.</source>
            <translation>Resolved on time: %1; late: %2.</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>cc::cli::ServerCommands</name>
        <message>
            <source>The role the counters connect as: it gets the rows of the store, and no right to change its schema.</source>
            <translation>The role the counters connect as: it gets the rows of the store, and no right to change its schema.</translation>
        </message>
        <message>
            <source>ROLE</source>
            <translation>ROLE</translation>
        </message>
        <message>
            <source>%1 works on a server store: give --db postgresql://USER@HOST:PORT/DBNAME (a file store is made with init, and upgraded when it is opened).</source>
            <translation>%1 works on a server store: give --db postgresql://USER@HOST:PORT/DBNAME (a file store is made with init, and upgraded when it is opened).</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::ServerInitCommand</name>
        <message>
            <source>Create the schema and the first manager in an empty server database (run as the database's owner role).</source>
            <translation>Create the schema and the first manager in an empty server database (run as the database's owner role).</translation>
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
            <source>Password for %1: </source>
            <translation>Password for %1: </translation>
        </message>
        <message>
            <source>Created the store "%1" on %2 with the manager %3.</source>
            <translation>Created the store "%1" on %2 with the manager %3.</translation>
        </message>
        <message>
            <source>The counters connect as %1.</source>
            <translation>The counters connect as %1.</translation>
        </message>
    </context>
    <context>
        <name>cc::cli::ServerUpgradeCommand</name>
        <message>
            <source>Apply the numbered migrations to a server store (run as the database's owner role); exit 3 if it is newer than this program.</source>
            <translation>Apply the numbered migrations to a server store (run as the database's owner role); exit 3 if it is newer than this program.</translation>
        </message>
        <message>
            <source>%1 is at schema %2.</source>
            <translation>%1 is at schema %2.</translation>
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
        <name>cc::print::CompensationSlip</name>
        <message>
            <source>Compensation slip %1</source>
            <translation>Compensation slip %1</translation>
        </message>
        <message>
            <source>Service hotline: %1</source>
            <translation>Service hotline: %1</translation>
        </message>
        <message>
            <source>Compensation slip</source>
            <translation>Compensation slip</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Granted</translation>
        </message>
        <message>
            <source>Asked for</source>
            <translation>Asked for</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>Decided on</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Show this slip at the service counter to receive what was granted.</source>
            <translation>Show this slip at the service counter to receive what was granted.</translation>
        </message>
    </context>
    <context>
        <name>cc::print::ComplaintSlip</name>
        <message>
            <source>Service hotline: %1</source>
            <translation>Service hotline: %1</translation>
        </message>
        <message>
            <source>Complaint receipt</source>
            <translation>Complaint receipt</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Receipt no.</source>
            <translation>Receipt no.</translation>
        </message>
        <message>
            <source>Bought on</source>
            <translation>Bought on</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>You asked for</source>
            <translation>You asked for</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>We keep</source>
            <translation>We keep</translation>
        </message>
        <message>
            <source>Reply by</source>
            <translation>Reply by</translation>
        </message>
        <message>
            <source>Resolve by</source>
            <translation>Resolve by</translation>
        </message>
        <message>
            <source>Handled by</source>
            <translation>Handled by</translation>
        </message>
        <message>
            <source>returned %1</source>
            <translation>returned %1</translation>
        </message>
        <message>
            <source>sent to %1</source>
            <translation>sent to %1</translation>
        </message>
        <message>
            <source>Show this code at the service counter when you come back.</source>
            <translation>Show this code at the service counter when you come back.</translation>
        </message>
        <message>
            <source>Please keep this slip until your complaint is settled.</source>
            <translation>Please keep this slip until your complaint is settled.</translation>
        </message>
        <message>
            <source>Complaint receipt %1</source>
            <translation>Complaint receipt %1</translation>
        </message>
        <message>
            <source>Received at</source>
            <translation>Received at</translation>
        </message>
    </context>
    <context>
        <name>cc::print::Slip</name>
        <message>
            <source>PDF: cannot write "%1": %2</source>
            <translation>PDF: cannot write "%1": %2</translation>
        </message>
        <message>
            <source>PDF: cannot write "%1".</source>
            <translation>PDF: cannot write "%1".</translation>
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
        <message>
            <source>Callback rules</source>
            <translation>Callback rules</translation>
        </message>
        <message>
            <source>Authority table</source>
            <translation>Authority table</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ApprovalsPage</name>
        <message>
            <source>No compensation is waiting for you.</source>
            <translation>No compensation is waiting for you.</translation>
        </message>
        <message>
            <source>&amp;Approve…</source>
            <translation>&amp;Approve…</translation>
        </message>
        <message>
            <source>&amp;Reject…</source>
            <translation>&amp;Reject…</translation>
        </message>
        <message>
            <source>Re&amp;commend…</source>
            <translation>Re&amp;commend…</translation>
        </message>
        <message>
            <source>Open &amp;case</source>
            <translation>Open &amp;case</translation>
        </message>
        <message>
            <source>Approvals</source>
            <translation>Approvals</translation>
        </message>
        <message>
            <source>Approve, at the amount asked or less (Enter on the list)</source>
            <translation>Approve, at the amount asked or less (Enter on the list)</translation>
        </message>
        <message>
            <source>Above your limit: give the manager your recommendation</source>
            <translation>Above your limit: give the manager your recommendation</translation>
        </message>
        <message>
            <source>Waiting since</source>
            <translation>Waiting since</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Requested by</source>
            <translation>Requested by</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recommendation</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n request(s) waiting</source>
            <translation>
                <numerusform>%n request waiting</numerusform>
                <numerusform>%n requests waiting</numerusform>
            </translation>
        </message>
        <message>
            <source>The case:</source>
            <translation>The case:</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>Why:</translation>
        </message>
        <message>
            <source>%1 asked; your limit for %2 is %3.</source>
            <translation>%1 asked; your limit for %2 is %3.</translation>
        </message>
        <message>
            <source>Only a %1 decides; you may recommend.</source>
            <translation>Only a %1 decides; you may recommend.</translation>
        </message>
        <message>
            <source>Who decides</source>
            <translation>Who decides</translation>
        </message>
        <message>
            <source>%1 asked; you have no limit for %2.</source>
            <translation>%1 asked; you have no limit for %2.</translation>
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
        <message>
            <source>%1 (identity %2)</source>
            <translation>%1 (identity %2)</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>Store details changed</source>
            <translation>Store details changed</translation>
        </message>
        <message>
            <source>Demo data filled in</source>
            <translation>Demo data filled in</translation>
        </message>
        <message>
            <source>Customer file added</source>
            <translation>Customer file added</translation>
        </message>
        <message>
            <source>Customer file changed</source>
            <translation>Customer file changed</translation>
        </message>
        <message>
            <source>Customer erased</source>
            <translation>Customer erased</translation>
        </message>
        <message>
            <source>Customer files exported</source>
            <translation>Customer files exported</translation>
        </message>
        <message>
            <source>Customer files imported</source>
            <translation>Customer files imported</translation>
        </message>
        <message>
            <source>Customer files merged</source>
            <translation>Customer files merged</translation>
        </message>
        <message>
            <source>Customer file opened</source>
            <translation>Customer file opened</translation>
        </message>
        <message>
            <source>Protected file shown</source>
            <translation>Protected file shown</translation>
        </message>
        <message>
            <source>Contact noted</source>
            <translation>Contact noted</translation>
        </message>
        <message>
            <source>Purchase added</source>
            <translation>Purchase added</translation>
        </message>
        <message>
            <source>Complaint logged</source>
            <translation>Complaint logged</translation>
        </message>
        <message>
            <source>Case assigned</source>
            <translation>Case assigned</translation>
        </message>
        <message>
            <source>Handling step ticked</source>
            <translation>Handling step ticked</translation>
        </message>
        <message>
            <source>Compensation on the case</source>
            <translation>Compensation on the case</translation>
        </message>
        <message>
            <source>Item taken into custody</source>
            <translation>Item taken into custody</translation>
        </message>
        <message>
            <source>Item returned</source>
            <translation>Item returned</translation>
        </message>
        <message>
            <source>Case escalated</source>
            <translation>Case escalated</translation>
        </message>
        <message>
            <source>Note added</source>
            <translation>Note added</translation>
        </message>
        <message>
            <source>Raised to major</source>
            <translation>Raised to major</translation>
        </message>
        <message>
            <source>Compensation requested</source>
            <translation>Compensation requested</translation>
        </message>
        <message>
            <source>Compensation recommended</source>
            <translation>Compensation recommended</translation>
        </message>
        <message>
            <source>Compensation approved</source>
            <translation>Compensation approved</translation>
        </message>
        <message>
            <source>Compensation granted within own limit</source>
            <translation>Compensation granted within own limit</translation>
        </message>
        <message>
            <source>Compensation rejected</source>
            <translation>Compensation rejected</translation>
        </message>
        <message>
            <source>Callback arranged</source>
            <translation>Callback arranged</translation>
        </message>
        <message>
            <source>Callback assigned</source>
            <translation>Callback assigned</translation>
        </message>
        <message>
            <source>Callback cancelled</source>
            <translation>Callback cancelled</translation>
        </message>
        <message>
            <source>Callback made</source>
            <translation>Callback made</translation>
        </message>
        <message>
            <source>Callbacks planned</source>
            <translation>Callbacks planned</translation>
        </message>
        <message>
            <source>Callback not answered</source>
            <translation>Callback not answered</translation>
        </message>
        <message>
            <source>Callback moved</source>
            <translation>Callback moved</translation>
        </message>
        <message>
            <source>Holiday added</source>
            <translation>Holiday added</translation>
        </message>
        <message>
            <source>Holiday removed</source>
            <translation>Holiday removed</translation>
        </message>
        <message>
            <source>Service interval set</source>
            <translation>Service interval set</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Backup made</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Backup restored</translation>
        </message>
        <message>
            <source>Case: %1</source>
            <translation>Case: %1</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <source>Compensation</source>
            <translation>Compensation</translation>
        </message>
        <message>
            <source>Callback</source>
            <translation>Callback</translation>
        </message>
        <message>
            <source>Callbacks</source>
            <translation>Callbacks</translation>
        </message>
        <message>
            <source>Holiday</source>
            <translation>Holiday</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>amount</translation>
        </message>
        <message>
            <source>approved by</source>
            <translation>approved by</translation>
        </message>
        <message>
            <source>authority table</source>
            <translation>authority table</translation>
        </message>
        <message>
            <source>channel</source>
            <translation>channel</translation>
        </message>
        <message>
            <source>comment</source>
            <translation>comment</translation>
        </message>
        <message>
            <source>complaint</source>
            <translation>complaint</translation>
        </message>
        <message>
            <source>count</source>
            <translation>count</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>customer</translation>
        </message>
        <message>
            <source>day</source>
            <translation>day</translation>
        </message>
        <message>
            <source>days</source>
            <translation>days</translation>
        </message>
        <message>
            <source>file</source>
            <translation>file</translation>
        </message>
        <message>
            <source>files</source>
            <translation>files</translation>
        </message>
        <message>
            <source>granted</source>
            <translation>granted</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>kind</translation>
        </message>
        <message>
            <source>made</source>
            <translation>made</translation>
        </message>
        <message>
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>reason</translation>
        </message>
        <message>
            <source>receipt</source>
            <translation>receipt</translation>
        </message>
        <message>
            <source>total</source>
            <translation>total</translation>
        </message>
        <message>
            <source>what</source>
            <translation>what</translation>
        </message>
        <message>
            <source>where</source>
            <translation>where</translation>
        </message>
        <message>
            <source>why</source>
            <translation>why</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
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
        <name>cc::ui::AuthorityTab</name>
        <message>
            <source>Save the table</source>
            <translation>Save the table</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Save (Ctrl+S)</translation>
        </message>
        <message>
            <source>%1 may grant (¥)</source>
            <translation>%1 may grant (¥)</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>Nothing changed.</translation>
        </message>
        <message>
            <source>Saved as version %1.</source>
            <translation>Saved as version %1.</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>no limit</translation>
        </message>
        <message>
            <source>Empty or "%1": no limit</source>
            <translation>Empty or "%1": no limit</translation>
        </message>
        <message>
            <source>The most each role may grant alone, by kind (权限核决表). Version %1: each decision records the version it applied.</source>
            <translation>The most each role may grant alone, by kind (权限核决表). Version %1: each decision records the version it applied.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::BackupList</name>
        <message>
            <source>Made</source>
            <translation>Made</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translation>Manifest</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Checked when made</source>
            <translation>Checked when made</translation>
        </message>
        <message>
            <source>No manifest</source>
            <translation>No manifest</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::BackupsTab</name>
        <message>
            <source>Back up now</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <source>Restore the selected backup…</source>
            <translation>Restore the selected backup…</translation>
        </message>
        <message>
            <source>Automatic backups run on the first start of each day and on every exit. The folder keeps %1 daily, %2 weekly and %3 monthly copies; a USB stick or a second disk is safest.</source>
            <translation>Automatic backups run on the first start of each day and on every exit. The folder keeps %1 daily, %2 weekly and %3 monthly copies; a USB stick or a second disk is safest.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Use this folder</source>
            <translation>Use this folder</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Backup folder</translation>
        </message>
        <message>
            <source>Restore from a file…</source>
            <translation>Restore from a file…</translation>
        </message>
        <message>
            <source>Restore from a file</source>
            <translation>Restore from a file</translation>
        </message>
        <message>
            <source>CounterCare backups (*.sqlite);;All files (*)</source>
            <translation>CounterCare backups (*.sqlite);;All files (*)</translation>
        </message>
        <message>
            <source>Last good backup: %1</source>
            <translation>Last good backup: %1</translation>
        </message>
        <message>
            <source>Backups now go to %1.</source>
            <translation>Backups now go to %1.</translation>
        </message>
        <message>
            <source>Backed up: %1 (SHA-256 %2…).</source>
            <translation>Backed up: %1 (SHA-256 %2…).</translation>
        </message>
        <message>
            <source>Restored from %1. The database as it was is kept in %2.</source>
            <translation>Restored from %1. The database as it was is kept in %2.</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Backing up…</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CallbackDialog</name>
        <message>
            <source>Call made</source>
            <translation>Call made</translation>
        </message>
        <message>
            <source>Record the call</source>
            <translation>Record the call</translation>
        </message>
        <message>
            <source>Ask</source>
            <translation>Ask</translation>
        </message>
        <message>
            <source>What the customer said *</source>
            <translation>What the customer said *</translation>
        </message>
        <message>
            <source>e.g. The coat fits well; she asked how to dry-clean it.</source>
            <translation>e.g. The coat fits well; she asked how to dry-clean it.</translation>
        </message>
        <message>
            <source>Not asked</source>
            <translation>Not asked</translation>
        </message>
        <message>
            <source>%1 of 5</source>
            <translation>%1 of 5</translation>
        </message>
        <message>
            <source>Customer's satisfaction</source>
            <translation>Customer's satisfaction</translation>
        </message>
        <message>
            <source>Call at another time</source>
            <translation>Call at another time</translation>
        </message>
        <message>
            <source>Move the call</source>
            <translation>Move the call</translation>
        </message>
        <message>
            <source>New time *</source>
            <translation>New time *</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>e.g. She asked us to call after the weekend.</source>
            <translation>e.g. She asked us to call after the weekend.</translation>
        </message>
        <message>
            <source>Cancel the call</source>
            <translation>Cancel the call</translation>
        </message>
        <message>
            <source>Reason *</source>
            <translation>Reason *</translation>
        </message>
        <message>
            <source>e.g. The customer is abroad for three months.</source>
            <translation>e.g. The customer is abroad for three months.</translation>
        </message>
        <message>
            <source>Give the call to a colleague</source>
            <translation>Give the call to a colleague</translation>
        </message>
        <message>
            <source>Give the call</source>
            <translation>Give the call</translation>
        </message>
        <message>
            <source>To *</source>
            <translation>To *</translation>
        </message>
        <message>
            <source>Arrange a call</source>
            <translation>Arrange a call</translation>
        </message>
        <message>
            <source>Arrange the call</source>
            <translation>Arrange the call</translation>
        </message>
        <message>
            <source>When *</source>
            <translation>When *</translation>
        </message>
        <message>
            <source>About *</source>
            <translation>About *</translation>
        </message>
        <message>
            <source>e.g. Tell her when size 38 is back in stock.</source>
            <translation>e.g. Tell her when size 38 is back in stock.</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Call</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CallbackListModel</name>
        <message>
            <source>%1 late</source>
            <translation>%1 late</translation>
        </message>
        <message>
            <source>%1 (try %2)</source>
            <translation>%1 (try %2)</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>Caller</translation>
        </message>
        <message>
            <source>Last note on the file</source>
            <translation>Last note on the file</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CallbackRulesTab</name>
        <message>
            <source>Birthday greetings (customers and their family)</source>
            <translation>Birthday greetings (customers and their family)</translation>
        </message>
        <message>
            <source>Holiday greetings, on the holidays listed here</source>
            <translation>Holiday greetings, on the holidays listed here</translation>
        </message>
        <message>
            <source>Holiday</source>
            <translation>Holiday</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Product (or part of its name)</source>
            <translation>Product (or part of its name)</translation>
        </message>
        <message>
            <source>Every</source>
            <translation>Every</translation>
        </message>
        <message>
            <source>When to call</source>
            <translation>When to call</translation>
        </message>
        <message>
            <source>After a purchase, on days</source>
            <translation>After a purchase, on days</translation>
        </message>
        <message>
            <source>after the purchase</source>
            <translation>after the purchase</translation>
        </message>
        <message>
            <source>After a visit without purchase</source>
            <translation>After a visit without purchase</translation>
        </message>
        <message>
            <source>days later</source>
            <translation>days later</translation>
        </message>
        <message>
            <source>After a complaint is resolved</source>
            <translation>After a complaint is resolved</translation>
        </message>
        <message>
            <source>day(s) later (0: the same day)</source>
            <translation>day(s) later (0: the same day)</translation>
        </message>
        <message>
            <source>Calls are due at</source>
            <translation>Calls are due at</translation>
        </message>
        <message>
            <source>Tries without an answer</source>
            <translation>Tries without an answer</translation>
        </message>
        <message>
            <source>Customers who declined calls get none; customers with contact hours on their file are called within them.</source>
            <translation>Customers who declined calls get none; customers with contact hours on their file are called within them.</translation>
        </message>
        <message>
            <source>Save rules</source>
            <translation>Save rules</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Save (Ctrl+S)</translation>
        </message>
        <message>
            <source>Holidays</source>
            <translation>Holidays</translation>
        </message>
        <message>
            <source>e.g. Spring Festival</source>
            <translation>e.g. Spring Festival</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Maintenance reminders</source>
            <translation>Maintenance reminders</translation>
        </message>
        <message>
            <source>e.g. water purifier</source>
            <translation>e.g. water purifier</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved. Calls scheduled from now on follow these rules.</source>
            <translation>Saved. Calls scheduled from now on follow these rules.</translation>
        </message>
        <message>
            <source>Added %1 on %2.</source>
            <translation>Added %1 on %2.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CallbacksPage</name>
        <message>
            <source>&amp;Give to…</source>
            <translation>&amp;Give to…</translation>
        </message>
        <message>
            <source>Open &amp;file</source>
            <translation>Open &amp;file</translation>
        </message>
        <message>
            <source>Callbacks</source>
            <translation>Callbacks</translation>
        </message>
        <message>
            <source>Whose calls to show</source>
            <translation>Whose calls to show</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>This week</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Call &amp;made…</source>
            <translation>Call &amp;made…</translation>
        </message>
        <message>
            <source>&amp;No answer</source>
            <translation>&amp;No answer</translation>
        </message>
        <message>
            <source>Cance&amp;l call…</source>
            <translation>Cance&amp;l call…</translation>
        </message>
        <message>
            <source>Record what the customer said (Enter on the list)</source>
            <translation>Record what the customer said (Enter on the list)</translation>
        </message>
        <message>
            <source>Nobody answered: try again tomorrow</source>
            <translation>Nobody answered: try again tomorrow</translation>
        </message>
        <message>
            <source>My calls</source>
            <translation>My calls</translation>
        </message>
        <message>
            <source>Everyone's calls</source>
            <translation>Everyone's calls</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) today, %1 overdue</source>
            <translation>
                <numerusform>%n call today, %1 overdue</numerusform>
                <numerusform>%n calls today, %1 overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) today</source>
            <translation>
                <numerusform>%n call today</numerusform>
                <numerusform>%n calls today</numerusform>
            </translation>
        </message>
        <message>
            <source>No customers to call back today.</source>
            <translation>No customers to call back today.</translation>
        </message>
        <message numerus="yes">
            <source>Not answered %n time(s).</source>
            <translation>
                <numerusform>Not answered %n time.</numerusform>
                <numerusform>Not answered %n times.</numerusform>
            </translation>
        </message>
        <message>
            <source>About:</source>
            <translation>About:</translation>
        </message>
        <message>
            <source>Receipt:</source>
            <translation>Receipt:</translation>
        </message>
        <message>
            <source>Complaint:</source>
            <translation>Complaint:</translation>
        </message>
        <message>
            <source>Birthday of:</source>
            <translation>Birthday of:</translation>
        </message>
        <message>
            <source>Holiday:</source>
            <translation>Holiday:</translation>
        </message>
        <message>
            <source>Product:</source>
            <translation>Product:</translation>
        </message>
        <message>
            <source>Last note on the file:</source>
            <translation>Last note on the file:</translation>
        </message>
        <message>
            <source>Caller: %1 · File %2</source>
            <translation>Caller: %1 · File %2</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>No answer</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n call</numerusform>
                <numerusform>%n calls</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) in the next seven days</source>
            <translation>
                <numerusform>%n call in the next seven days</numerusform>
                <numerusform>%n calls in the next seven days</numerusform>
            </translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>Caller</translation>
        </message>
        <message>
            <source>To call</source>
            <translation>To call</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>Due today</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Done (30 days)</source>
            <translation>Done (30 days)</translation>
        </message>
        <message>
            <source>Missed (30 days)</source>
            <translation>Missed (30 days)</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>On time</translation>
        </message>
        <message>
            <source>On time: done by the end of the day it was due.</source>
            <translation>On time: done by the end of the day it was due.</translation>
        </message>
        <message>
            <source>La&amp;ter…</source>
            <translation>La&amp;ter…</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Reading…</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CaseActionDialog</name>
        <message>
            <source>Add a note</source>
            <translation>Add a note</translation>
        </message>
        <message>
            <source>Note *</source>
            <translation>Note *</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Add note</translation>
        </message>
        <message>
            <source>What happened, who said what, what comes next.</source>
            <translation>What happened, who said what, what comes next.</translation>
        </message>
        <message>
            <source>Report the major case</source>
            <translation>Report the major case</translation>
        </message>
        <message>
            <source>Who was told *</source>
            <translation>Who was told *</translation>
        </message>
        <message>
            <source>Record the report</source>
            <translation>Record the report</translation>
        </message>
        <message>
            <source>e.g. Told the store manager by phone at 10:30; head office by e-mail.</source>
            <translation>e.g. Told the store manager by phone at 10:30; head office by e-mail.</translation>
        </message>
        <message>
            <source>Raise to major</source>
            <translation>Raise to major</translation>
        </message>
        <message>
            <source>Why it is major *</source>
            <translation>Why it is major *</translation>
        </message>
        <message>
            <source>e.g. The customer says she will go to the newspaper.</source>
            <translation>e.g. The customer says she will go to the newspaper.</translation>
        </message>
        <message>
            <source>Resolve the case</source>
            <translation>Resolve the case</translation>
        </message>
        <message>
            <source>Resolution *</source>
            <translation>Resolution *</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>Resolve</translation>
        </message>
        <message>
            <source>What was done for the customer.</source>
            <translation>What was done for the customer.</translation>
        </message>
        <message>
            <source>Reopen the case</source>
            <translation>Reopen the case</translation>
        </message>
        <message>
            <source>Reason *</source>
            <translation>Reason *</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <source>Why the case is not settled after all.</source>
            <translation>Why the case is not settled after all.</translation>
        </message>
        <message>
            <source>Cancel the complaint</source>
            <translation>Cancel the complaint</translation>
        </message>
        <message>
            <source>e.g. The customer withdrew it at the counter.</source>
            <translation>e.g. The customer withdrew it at the counter.</translation>
        </message>
        <message>
            <source>Assign the case</source>
            <translation>Assign the case</translation>
        </message>
        <message>
            <source>Handler *</source>
            <translation>Handler *</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>Assign</translation>
        </message>
        <message>
            <source>Keep an item for the case</source>
            <translation>Keep an item for the case</translation>
        </message>
        <message>
            <source>Item *</source>
            <translation>Item *</translation>
        </message>
        <message>
            <source>Record the item</source>
            <translation>Record the item</translation>
        </message>
        <message>
            <source>e.g. one pair of women's boots, size 38</source>
            <translation>e.g. one pair of women's boots, size 38</translation>
        </message>
        <message>
            <source>e.g. heels blackened, otherwise as new</source>
            <translation>e.g. heels blackened, otherwise as new</translation>
        </message>
        <message>
            <source>e.g. technical department, manufacturer</source>
            <translation>e.g. technical department, manufacturer</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Condition</translation>
        </message>
        <message>
            <source>Sent to</source>
            <translation>Sent to</translation>
        </message>
        <message>
            <source>Not asked yet</source>
            <translation>Not asked yet</translation>
        </message>
        <message>
            <source>%1 of 5</source>
            <translation>%1 of 5</translation>
        </message>
        <message>
            <source>Declined to say</source>
            <translation>Declined to say</translation>
        </message>
        <message>
            <source>Customer's satisfaction</source>
            <translation>Customer's satisfaction</translation>
        </message>
        <message>
            <source>Close without the follow-up call</source>
            <translation>Close without the follow-up call</translation>
        </message>
        <message>
            <source>Why *</source>
            <translation>Why *</translation>
        </message>
        <message>
            <source>Close the case</source>
            <translation>Close the case</translation>
        </message>
        <message>
            <source>e.g. The customer asked not to be called again; she is satisfied.</source>
            <translation>e.g. The customer asked not to be called again; she is satisfied.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CompensationDialog</name>
        <message>
            <source>Request compensation</source>
            <translation>Request compensation</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Request</translation>
        </message>
        <message>
            <source>yuan, e.g. 300</source>
            <translation>yuan, e.g. 300</translation>
        </message>
        <message>
            <source>Why the customer should be compensated.</source>
            <translation>Why the customer should be compensated.</translation>
        </message>
        <message>
            <source>Kind *</source>
            <translation>Kind *</translation>
        </message>
        <message>
            <source>Amount ¥ *</source>
            <translation>Amount ¥ *</translation>
        </message>
        <message>
            <source>Reason *</source>
            <translation>Reason *</translation>
        </message>
        <message>
            <source>case %1, requested by %2</source>
            <translation>case %1, requested by %2</translation>
        </message>
        <message>
            <source>Approve compensation</source>
            <translation>Approve compensation</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Grant ¥ *</source>
            <translation>Grant ¥ *</translation>
        </message>
        <message>
            <source>e.g. Agreed: the coat had a fault; 200 is our rule.</source>
            <translation>e.g. Agreed: the coat had a fault; 200 is our rule.</translation>
        </message>
        <message>
            <source>Reject compensation</source>
            <translation>Reject compensation</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>e.g. Already exchanged for a new one.</source>
            <translation>e.g. Already exchanged for a new one.</translation>
        </message>
        <message>
            <source>Recommend to the manager</source>
            <translation>Recommend to the manager</translation>
        </message>
        <message>
            <source>Recommend</source>
            <translation>Recommend</translation>
        </message>
        <message>
            <source>What you recommend, and why.</source>
            <translation>What you recommend, and why.</translation>
        </message>
        <message>
            <source>Comment *</source>
            <translation>Comment *</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>no limit</translation>
        </message>
        <message>
            <source>Your limit for %1: %2.</source>
            <translation>Your limit for %1: %2.</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>You may grant up to %1 of this alone.</source>
            <translation>You may grant up to %1 of this alone.</translation>
        </message>
        <message>
            <source>Above every limit in the authority table.</source>
            <translation>Above every limit in the authority table.</translation>
        </message>
        <message>
            <source>Within your limit of %1: approved at once.</source>
            <translation>Within your limit of %1: approved at once.</translation>
        </message>
        <message>
            <source>Above your limit of %1: a %2 decides, and the case waits.</source>
            <translation>Above your limit of %1: a %2 decides, and the case waits.</translation>
        </message>
        <message>
            <source>Grant</source>
            <translation>Grant</translation>
        </message>
        <message>
            <source>You have no limit for this: approved at once.</source>
            <translation>You have no limit for this: approved at once.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ComplaintForm</name>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Log complaint</source>
            <translation>Log complaint</translation>
        </message>
        <message>
            <source>New complaint</source>
            <translation>New complaint</translation>
        </message>
        <message>
            <source>Phone, last 4 digits, name or file number — Enter picks the best match</source>
            <translation>Phone, last 4 digits, name or file number — Enter picks the best match</translation>
        </message>
        <message>
            <source>Name, for a new customer file</source>
            <translation>Name, for a new customer file</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>or a new customer:</source>
            <translation>or a new customer:</translation>
        </message>
        <message>
            <source>(not said)</source>
            <translation>(not said)</translation>
        </message>
        <message>
            <source>Pick one of the customer's receipts, or type</source>
            <translation>Pick one of the customer's receipts, or type</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>not given</translation>
        </message>
        <message>
            <source>What happened, in the customer's words: what, when, who said what.</source>
            <translation>What happened, in the customer's words: what, when, who said what.</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Media</translation>
        </message>
        <message>
            <source>Regulator</source>
            <translation>Regulator</translation>
        </message>
        <message>
            <source>Group of 3+</source>
            <translation>Group of 3+</translation>
        </message>
        <message>
            <source>Manufacturer / head office</source>
            <translation>Manufacturer / head office</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>Safety</translation>
        </message>
        <message>
            <source>Any of these makes the complaint major: report it within 24 hours.</source>
            <translation>Any of these makes the complaint major: report it within 24 hours.</translation>
        </message>
        <message>
            <source>Price ¥</source>
            <translation>Price ¥</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Customer *</source>
            <translation>Customer *</translation>
        </message>
        <message>
            <source>Type *</source>
            <translation>Type *</translation>
        </message>
        <message>
            <source>What happened *</source>
            <translation>What happened *</translation>
        </message>
        <message>
            <source>Customer wants</source>
            <translation>Customer wants</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Bought on</source>
            <translation>Bought on</translation>
        </message>
        <message>
            <source>Staff involved</source>
            <translation>Staff involved</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Flags</translation>
        </message>
        <message>
            <source>Received at</source>
            <translation>Received at</translation>
        </message>
        <message>
            <source>Log the complaint and give it its number (Ctrl+S)</source>
            <translation>Log the complaint and give it its number (Ctrl+S)</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>Throw away what was typed</source>
            <translation>Throw away what was typed</translation>
        </message>
        <message>
            <source>Back to the list</source>
            <translation>Back to the list</translation>
        </message>
        <message>
            <source>The draft is kept (Esc)</source>
            <translation>The draft is kept (Esc)</translation>
        </message>
        <message>
            <source>(nobody named)</source>
            <translation>(nobody named)</translation>
        </message>
        <message>
            <source>Your unsaved complaint from %1 is back, as you left it. Log it, or discard it.</source>
            <translation>Your unsaved complaint from %1 is back, as you left it. Log it, or discard it.</translation>
        </message>
        <message>
            <source>No customer found — type a name and phone for a new file below.</source>
            <translation>No customer found — type a name and phone for a new file below.</translation>
        </message>
        <message>
            <source>The draft could not be kept: %1</source>
            <translation>The draft could not be kept: %1</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>What happened: write what happened, in the customer's words.</source>
            <translation>What happened: write what happened, in the customer's words.</translation>
        </message>
        <message>
            <source>Customer: find the customer, or give a name and phone for a new file.</source>
            <translation>Customer: find the customer, or give a name and phone for a new file.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ComplaintListModel</name>
        <message>
            <source>Major, not reported</source>
            <translation>Major, not reported</translation>
        </message>
        <message>
            <source>(unassigned)</source>
            <translation>(unassigned)</translation>
        </message>
        <message>
            <source>replied</source>
            <translation>replied</translation>
        </message>
        <message>
            <source>%1 late</source>
            <translation>%1 late</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Handler</source>
            <translation>Handler</translation>
        </message>
        <message>
            <source>Reply by</source>
            <translation>Reply by</translation>
        </message>
        <message>
            <source>Resolve by</source>
            <translation>Resolve by</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ComplaintView</name>
        <message>
            <source>media</source>
            <translation>media</translation>
        </message>
        <message>
            <source>regulator</source>
            <translation>regulator</translation>
        </message>
        <message>
            <source>group of three or more</source>
            <translation>group of three or more</translation>
        </message>
        <message>
            <source>manufacturer / head office</source>
            <translation>manufacturer / head office</translation>
        </message>
        <message>
            <source>safety</source>
            <translation>safety</translation>
        </message>
        <message>
            <source>Complaint received</source>
            <translation>Complaint received</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>Reported as a major case</source>
            <translation>Reported as a major case</translation>
        </message>
        <message>
            <source>Assignment</source>
            <translation>Assignment</translation>
        </message>
        <message>
            <source>Items in custody</source>
            <translation>Items in custody</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Start handling</source>
            <translation>Start handling</translation>
        </message>
        <message>
            <source>Add note…</source>
            <translation>Add note…</translation>
        </message>
        <message>
            <source>Keep an item…</source>
            <translation>Keep an item…</translation>
        </message>
        <message>
            <source>Items returned</source>
            <translation>Items returned</translation>
        </message>
        <message>
            <source>Report major case…</source>
            <translation>Report major case…</translation>
        </message>
        <message>
            <source>Raise to major…</source>
            <translation>Raise to major…</translation>
        </message>
        <message>
            <source>Assign…</source>
            <translation>Assign…</translation>
        </message>
        <message>
            <source>Resolve…</source>
            <translation>Resolve…</translation>
        </message>
        <message>
            <source>Close case</source>
            <translation>Close case</translation>
        </message>
        <message>
            <source>Reopen…</source>
            <translation>Reopen…</translation>
        </message>
        <message>
            <source>Cancel complaint…</source>
            <translation>Cancel complaint…</translation>
        </message>
        <message>
            <source>Print receipt</source>
            <translation>Print receipt</translation>
        </message>
        <message>
            <source>Customer file</source>
            <translation>Customer file</translation>
        </message>
        <message>
            <source>Print the customer's receipt slip (Ctrl+P)</source>
            <translation>Print the customer's receipt slip (Ctrl+P)</translation>
        </message>
        <message>
            <source>Print on A5</source>
            <translation>Print on A5</translation>
        </message>
        <message>
            <source>Print on the 80 mm receipt printer</source>
            <translation>Print on the 80 mm receipt printer</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>The complaint</source>
            <translation>The complaint</translation>
        </message>
        <message>
            <source>In the customer's words:</source>
            <translation>In the customer's words:</translation>
        </message>
        <message>
            <source>Service promise</source>
            <translation>Service promise</translation>
        </message>
        <message>
            <source>Five clears</source>
            <translation>Five clears</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>Bought on</source>
            <translation>Bought on</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Wants</source>
            <translation>Wants</translation>
        </message>
        <message>
            <source>Staff involved</source>
            <translation>Staff involved</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Flags</translation>
        </message>
        <message>
            <source>Major because</source>
            <translation>Major because</translation>
        </message>
        <message>
            <source>Handler</source>
            <translation>Handler</translation>
        </message>
        <message>
            <source>(unassigned)</source>
            <translation>(unassigned)</translation>
        </message>
        <message>
            <source>sent to %1</source>
            <translation>sent to %1</translation>
        </message>
        <message>
            <source>returned %1</source>
            <translation>returned %1</translation>
        </message>
        <message>
            <source>held since %1</source>
            <translation>held since %1</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Kept</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>Satisfaction</translation>
        </message>
        <message>
            <source>declined to say</source>
            <translation>declined to say</translation>
        </message>
        <message>
            <source>%1 of 5</source>
            <translation>%1 of 5</translation>
        </message>
        <message>
            <source>%1: %2 (done)</source>
            <translation>%1: %2 (done)</translation>
        </message>
        <message>
            <source>%1: %2 — late</source>
            <translation>%1: %2 — late</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Received: %1</source>
            <translation>Received: %1</translation>
        </message>
        <message>
            <source>Reply by</source>
            <translation>Reply by</translation>
        </message>
        <message>
            <source>Resolve by</source>
            <translation>Resolve by</translation>
        </message>
        <message>
            <source>Reported: %1</source>
            <translation>Reported: %1</translation>
        </message>
        <message>
            <source>Report by</source>
            <translation>Report by</translation>
        </message>
        <message>
            <source>Complaint receipt %1</source>
            <translation>Complaint receipt %1</translation>
        </message>
        <message>
            <source>The printer could not be opened.</source>
            <translation>The printer could not be opened.</translation>
        </message>
        <message>
            <source>Save the receipt as PDF</source>
            <translation>Save the receipt as PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved the receipt to %1.</source>
            <translation>Saved the receipt to %1.</translation>
        </message>
        <message>
            <source>Close without the call…</source>
            <translation>Close without the call…</translation>
        </message>
        <message>
            <source>Close although the follow-up call is not done, saying why</source>
            <translation>Close although the follow-up call is not done, saying why</translation>
        </message>
        <message>
            <source>Compensation…</source>
            <translation>Compensation…</translation>
        </message>
        <message>
            <source>%1 — waiting for a %2</source>
            <translation>%1 — waiting for a %2</translation>
        </message>
        <message>
            <source>%1 — %2 granted by %3</source>
            <translation>%1 — %2 granted by %3</translation>
        </message>
        <message>
            <source>%1 — rejected by %2</source>
            <translation>%1 — rejected by %2</translation>
        </message>
        <message>
            <source>Compensation</source>
            <translation>Compensation</translation>
        </message>
        <message>
            <source>Print the compensation slip: %1 %2</source>
            <translation>Print the compensation slip: %1 %2</translation>
        </message>
        <message>
            <source>Compensation slip %1</source>
            <translation>Compensation slip %1</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ComplaintsPage</name>
        <message>
            <source>Complaints</source>
            <translation>Complaints</translation>
        </message>
        <message>
            <source>New complaint</source>
            <translation>New complaint</translation>
        </message>
        <message>
            <source>Log a new complaint (Ctrl+N)</source>
            <translation>Log a new complaint (Ctrl+N)</translation>
        </message>
        <message>
            <source>My cases</source>
            <translation>My cases</translation>
        </message>
        <message>
            <source>All open</source>
            <translation>All open</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>Due today</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>All recent</source>
            <translation>All recent</translation>
        </message>
        <message>
            <source>← Back to the list</source>
            <translation>← Back to the list</translation>
        </message>
        <message>
            <source>Back to the list (Esc)</source>
            <translation>Back to the list (Esc)</translation>
        </message>
        <message>
            <source>You have no open cases. New complaints: Ctrl+N.</source>
            <translation>You have no open cases. New complaints: Ctrl+N.</translation>
        </message>
        <message>
            <source>No open complaints.</source>
            <translation>No open complaints.</translation>
        </message>
        <message>
            <source>No reply or resolution is due today.</source>
            <translation>No reply or resolution is due today.</translation>
        </message>
        <message>
            <source>Nothing is overdue: every promise is being kept.</source>
            <translation>Nothing is overdue: every promise is being kept.</translation>
        </message>
        <message>
            <source>No complaints yet.</source>
            <translation>No complaints yet.</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n case</numerusform>
                <numerusform>%n cases</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 cases shown; more as you scroll</source>
            <translation>%1 cases shown; more as you scroll</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ContactDialog</name>
        <message>
            <source>Record a conversation</source>
            <translation>Record a conversation</translation>
        </message>
        <message>
            <source>What did the customer ask, and what did you answer?</source>
            <translation>What did the customer ask, and what did you answer?</translation>
        </message>
        <message>
            <source>Record conversation</source>
            <translation>Record conversation</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Note *</source>
            <translation>Note *</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CustomerDialog</name>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Create file</source>
            <translation>Create file</translation>
        </message>
        <message>
            <source>New customer file</source>
            <translation>New customer file</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>Not given</translation>
        </message>
        <message>
            <source>e.g. 138 0013 8000</source>
            <translation>e.g. 138 0013 8000</translation>
        </message>
        <message>
            <source>with area code, e.g. 0755 8888 6666</source>
            <translation>with area code, e.g. 0755 8888 6666</translation>
        </message>
        <message>
            <source>separate with commas: 38码, 喜欢黑色</source>
            <translation>separate with commas: 38码, 喜欢黑色</translation>
        </message>
        <message>
            <source>sizes, colours, favourite products, best time to call</source>
            <translation>sizes, colours, favourite products, best time to call</translation>
        </message>
        <message>
            <source>e.g. walk-in, friend's referral, online</source>
            <translation>e.g. walk-in, friend's referral, online</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Name *</translation>
        </message>
        <message>
            <source>Mobile *</source>
            <translation>Mobile *</translation>
        </message>
        <message>
            <source>Home phone</source>
            <translation>Home phone</translation>
        </message>
        <message>
            <source>Office phone</source>
            <translation>Office phone</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Birthday</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>Confidentiality</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Create the file (Ctrl+S)</source>
            <translation>Create the file (Ctrl+S)</translation>
        </message>
        <message>
            <source>Name: required.</source>
            <translation>Name: required.</translation>
        </message>
        <message>
            <source>Same phone number</source>
            <translation>Same phone number</translation>
        </message>
        <message>
            <source>This number is already on file %1 (%2). Is it the same customer?</source>
            <translation>This number is already on file %1 (%2). Is it the same customer?</translation>
        </message>
        <message>
            <source>Open %1</source>
            <translation>Open %1</translation>
        </message>
        <message>
            <source>Create a new file anyway</source>
            <translation>Create a new file anyway</translation>
        </message>
        <message>
            <source>Family member</source>
            <translation>Family member</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Relation</translation>
        </message>
        <message>
            <source>Birthday (YYYY-MM-DD)</source>
            <translation>Birthday (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>why the customer stopped buying</source>
            <translation>why the customer stopped buying</translation>
        </message>
        <message>
            <source>Loyalty stage</source>
            <translation>Loyalty stage</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Reason lost</source>
            <translation>Reason lost</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Edit file %1</source>
            <translation>Edit file %1</translation>
        </message>
        <message>
            <source>Save file</source>
            <translation>Save file</translation>
        </message>
        <message>
            <source>Save the file (Ctrl+S)</source>
            <translation>Save the file (Ctrl+S)</translation>
        </message>
        <message>
            <source>Declined calls: schedule no callbacks</source>
            <translation>Declined calls: schedule no callbacks</translation>
        </message>
        <message>
            <source>Takes calls</source>
            <translation>Takes calls</translation>
        </message>
        <message>
            <source>Declined calls</source>
            <translation>Declined calls</translation>
        </message>
        <message>
            <source>e.g. 18:00-21:00</source>
            <translation>e.g. 18:00-21:00</translation>
        </message>
        <message>
            <source>When the customer takes calls; empty means any time</source>
            <translation>When the customer takes calls; empty means any time</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CustomerMatchModel</name>
        <message>
            <source>%1 (protected)</source>
            <translation>%1 (protected)</translation>
        </message>
        <message>
            <source>File no.</source>
            <translation>File no.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CustomerTimelineModel</name>
        <message>
            <source>Purchase</source>
            <translation>Purchase</translation>
        </message>
        <message>
            <source>Receipt %1: %2</source>
            <translation>Receipt %1: %2</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Major complaint</source>
            <translation>Major complaint</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <source>Callback to make</source>
            <translation>Callback to make</translation>
        </message>
        <message>
            <source>granted %1</source>
            <translation>granted %1</translation>
        </message>
        <message>
            <source>Compensation</source>
            <translation>Compensation</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CustomerView</name>
        <message>
            <source>Record &amp;purchase…</source>
            <translation>Record &amp;purchase…</translation>
        </message>
        <message>
            <source>Record &amp;conversation…</source>
            <translation>Record &amp;conversation…</translation>
        </message>
        <message>
            <source>Record a purchase on this file (Alt+P)</source>
            <translation>Record a purchase on this file (Alt+P)</translation>
        </message>
        <message>
            <source>Write what was said onto the contact log (Alt+C)</source>
            <translation>Write what was said onto the contact log (Alt+C)</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Everything</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Purchases</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversations</translation>
        </message>
        <message>
            <source>Find a customer with the search box above (F2): a phone number, its last four digits, a name, a file or receipt number.

No file yet? Create one with Ctrl+Shift+N.</source>
            <translation>Find a customer with the search box above (F2): a phone number, its last four digits, a name, a file or receipt number.

No file yet? Create one with Ctrl+Shift+N.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>%1 file: do not share its contents.</source>
            <translation>%1 file: do not share its contents.</translation>
        </message>
        <message>
            <source>Birthday this week (%1).</source>
            <translation>Birthday this week (%1).</translation>
        </message>
        <message>
            <source>%1's birthday this week.</source>
            <translation>%1's birthday this week.</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Birthday</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>&lt;b&gt;Profit contribution&lt;/b&gt;&lt;br&gt;Lifetime: %1&lt;br&gt;Last 12 months: %2&lt;br&gt;Purchases: %3 · %4 in all</source>
            <translation>&lt;b&gt;Profit contribution&lt;/b&gt;&lt;br&gt;Lifetime: %1&lt;br&gt;Last 12 months: %2&lt;br&gt;Purchases: %3 · %4 in all</translation>
        </message>
        <message>
            <source>&amp;Edit file…</source>
            <translation>&amp;Edit file…</translation>
        </message>
        <message>
            <source>Add to or correct this file (Alt+E)</source>
            <translation>Add to or correct this file (Alt+E)</translation>
        </message>
        <message numerus="yes">
            <source>%n open complaint(s).</source>
            <translation>
                <numerusform>%n open complaint.</numerusform>
                <numerusform>%n open complaints.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Has complained %n times.</source>
            <translation>
                <numerusform>Has complained %n times.</numerusform>
                <numerusform>Has complained %n times.</numerusform>
            </translation>
        </message>
        <message>
            <source>Arrange a ca&amp;ll…</source>
            <translation>Arrange a ca&amp;ll…</translation>
        </message>
        <message>
            <source>Put a call to this customer on your call list (Alt+L)</source>
            <translation>Put a call to this customer on your call list (Alt+L)</translation>
        </message>
        <message>
            <source>Takes calls</source>
            <translation>Takes calls</translation>
        </message>
        <message>
            <source>no — declined calls</source>
            <translation>no — declined calls</translation>
        </message>
        <message>
            <source>any time</source>
            <translation>any time</translation>
        </message>
        <message>
            <source>Next call</source>
            <translation>Next call</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::CustomersPage</name>
        <message>
            <source>New customer file…</source>
            <translation>New customer file…</translation>
        </message>
        <message>
            <source>Create a customer file (Ctrl+Shift+N)</source>
            <translation>Create a customer file (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <source>Type in the search box above to find customers.</source>
            <translation>Type in the search box above to find customers.</translation>
        </message>
        <message>
            <source>No customer matches "%1". Create a new file with Ctrl+Shift+N.</source>
            <translation>No customer matches "%1". Create a new file with Ctrl+Shift+N.</translation>
        </message>
        <message numerus="yes">
            <source>%n customer(s) found, best match first.</source>
            <translation>
                <numerusform>%n customer found, best match first.</numerusform>
                <numerusform>%n customers found, best match first.</numerusform>
            </translation>
        </message>
        <message>
            <source>Protected customer file</source>
            <translation>Protected customer file</translation>
        </message>
        <message>
            <source>This file is protected. Why do you open it? (recorded)</source>
            <translation>This file is protected. Why do you open it? (recorded)</translation>
        </message>
        <message>
            <source>Customer file</source>
            <translation>Customer file</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Import…</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n customer file(s).</source>
            <translation>
                <numerusform>Imported %n customer file.</numerusform>
                <numerusform>Imported %n customer files.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Export customer files</source>
            <translation>Export customer files</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n customer file(s).</source>
            <translation>
                <numerusform>Exported %n customer file.</numerusform>
                <numerusform>Exported %n customer files.</numerusform>
            </translation>
        </message>
        <message>
            <source>The first %1 of more than %1 customers, best match first: type more of the number or the name to narrow it.</source>
            <translation>The first %1 of more than %1 customers, best match first: type more of the number or the name to narrow it.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::DamagedStoreDialog</name>
        <message>
            <source>Restore the selected backup</source>
            <translation>Restore the selected backup</translation>
        </message>
        <message>
            <source>Open read-only to rescue data</source>
            <translation>Open read-only to rescue data</translation>
        </message>
        <message>
            <source>CounterCare cannot use its database</source>
            <translation>CounterCare cannot use its database</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>The database is damaged</translation>
        </message>
        <message>
            <source>The database file cannot be used</source>
            <translation>The database file cannot be used</translation>
        </message>
        <message>
            <source>CounterCare will not write to this file. Restore the newest good backup (the damaged file is kept aside, untouched), or open it read-only to look up and export what can still be read. A manager of the backup signs the restore.</source>
            <translation>CounterCare will not write to this file. Restore the newest good backup (the damaged file is kept aside, untouched), or open it read-only to look up and export what can still be read. A manager of the backup signs the restore.</translation>
        </message>
        <message>
            <source>No backups were found in %1. Choose a backup file, for example on the USB stick.</source>
            <translation>No backups were found in %1. Choose a backup file, for example on the USB stick.</translation>
        </message>
        <message>
            <source>Backups found (newest first):</source>
            <translation>Backups found (newest first):</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Choose a backup file…</source>
            <translation>Choose a backup file…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <translation>Choose a backup file</translation>
        </message>
        <message>
            <source>CounterCare backups (*.sqlite);;All files (*)</source>
            <translation>CounterCare backups (*.sqlite);;All files (*)</translation>
        </message>
        <message>
            <source>Manager: type the name of a manager of the backup.</source>
            <translation>Manager: type the name of a manager of the backup.</translation>
        </message>
        <message>
            <source>Restore a backup without its manifest?</source>
            <translation>Restore a backup without its manifest?</translation>
        </message>
        <message>
            <source>%1 has no manifest (%2). Only the file's integrity can be checked: nothing shows that its customers, complaints and audit entries are as they were when the backup was made. The audit log will say that it was restored unverified.</source>
            <translation>%1 has no manifest (%2). Only the file's integrity can be checked: nothing shows that its customers, complaints and audit entries are as they were when the backup was made. The audit log will say that it was restored unverified.</translation>
        </message>
        <message>
            <source>Restore it unverified</source>
            <translation>Restore it unverified</translation>
        </message>
        <message>
            <source>Nothing was restored.</source>
            <translation>Nothing was restored.</translation>
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
        <message numerus="yes">
            <source>%n call(s) to make, %1 overdue</source>
            <translation>
                <numerusform>%n call to make, %1 overdue</numerusform>
                <numerusform>%n calls to make, %1 overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) to make</source>
            <translation>
                <numerusform>%n call to make</numerusform>
                <numerusform>%n calls to make</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n complaint(s) overdue</source>
            <translation>
                <numerusform>%n complaint overdue</numerusform>
                <numerusform>%n complaints overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n compensation request(s) to decide</source>
            <translation>
                <numerusform>%n compensation request to decide</numerusform>
                <numerusform>%n compensation requests to decide</numerusform>
            </translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Read-only</translation>
        </message>
        <message>
            <source>On a network share</source>
            <translation>On a network share</translation>
        </message>
        <message>
            <source>Last good backup %1</source>
            <translation>Last good backup %1</translation>
        </message>
        <message>
            <source>No backup yet</source>
            <translation>No backup yet</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Damaged</translation>
        </message>
        <message>
            <source>Being checked</source>
            <translation>Being checked</translation>
        </message>
        <message>
            <source>Nothing more is saved to it. Close the counter to restore a backup.</source>
            <translation>Nothing more is saved to it. Close the counter to restore a backup.</translation>
        </message>
        <message>
            <source>My calls today</source>
            <translation>My calls today</translation>
        </message>
        <message>
            <source>My open cases</source>
            <translation>My open cases</translation>
        </message>
        <message>
            <source>Waiting on me</source>
            <translation>Waiting on me</translation>
        </message>
        <message>
            <source>%1 %2 · %3%4</source>
            <translation>%1 %2 · %3%4</translation>
        </message>
        <message>
            <source> · late</source>
            <translation> · late</translation>
        </message>
        <message>
            <source>Enter: make this call</source>
            <translation>Enter: make this call</translation>
        </message>
        <message>
            <source>No calls left for today.</source>
            <translation>No calls left for today.</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 by %2</translation>
        </message>
        <message>
            <source>reply</source>
            <translation>reply</translation>
        </message>
        <message>
            <source>resolve</source>
            <translation>resolve</translation>
        </message>
        <message>
            <source> · overdue</source>
            <translation> · overdue</translation>
        </message>
        <message>
            <source>%1 · %2 waits for your first reply</source>
            <translation>%1 · %2 waits for your first reply</translation>
        </message>
        <message>
            <source>No open cases. New complaint: Ctrl+N.</source>
            <translation>No open cases. New complaint: Ctrl+N.</translation>
        </message>
        <message>
            <source>%1 · %2 %3 to decide, asked by %4</source>
            <translation>%1 · %2 %3 to decide, asked by %4</translation>
        </message>
        <message>
            <source>Nothing waits on you.</source>
            <translation>Nothing waits on you.</translation>
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
        <name>cc::ui::ExitBackup</name>
        <message>
            <source>CounterCare</source>
            <translation>CounterCare</translation>
        </message>
        <message>
            <source>Backing up before CounterCare closes…</source>
            <translation>Backing up before CounterCare closes…</translation>
        </message>
        <message>
            <source>Every exit leaves a checked copy of the store in the backup folder. A large store takes a few minutes; please do not switch the computer off.</source>
            <translation>Every exit leaves a checked copy of the store in the backup folder. A large store takes a few minutes; please do not switch the computer off.</translation>
        </message>
        <message>
            <source>Skip this backup</source>
            <translation>Skip this backup</translation>
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
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Save (Ctrl+S)</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ImportDialog</name>
        <message>
            <source>Check file</source>
            <translation>Check file</translation>
        </message>
        <message>
            <source>Import customers</source>
            <translation>Import customers</translation>
        </message>
        <message>
            <source>Import customer files</source>
            <translation>Import customer files</translation>
        </message>
        <message>
            <source>Detect automatically</source>
            <translation>Detect automatically</translation>
        </message>
        <message>
            <source>GB18030 (Excel in China)</source>
            <translation>GB18030 (Excel in China)</translation>
        </message>
        <message>
            <source>A CSV file with a header row: 姓名 / name and 手机 / 电话 / phone are required; 性别, 生日, 地址, 公司, 标签, 来源, 备注 are read when present. Nothing is imported unless every line is good.</source>
            <translation>A CSV file with a header row: 姓名 / name and 手机 / 电话 / phone are required; 性别, 生日, 地址, 公司, 标签, 来源, 备注 are read when present. Nothing is imported unless every line is good.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Encoding</source>
            <translation>Encoding</translation>
        </message>
        <message>
            <source>Choose a CSV file</source>
            <translation>Choose a CSV file</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV files (*.csv);;All files (*)</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Line %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) need correcting; nothing can be imported until the file is fixed.</source>
            <translation>
                <numerusform>%n line needs correcting; nothing can be imported until the file is fixed.</numerusform>
                <numerusform>%n lines need correcting; nothing can be imported until the file is fixed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n row(s) are good and ready to import.</source>
            <translation>
                <numerusform>The %n row is good and ready to import.</numerusform>
                <numerusform>All %n rows are good and ready to import.</numerusform>
            </translation>
        </message>
        <message>
            <source>Columns not imported: %1</source>
            <translation>Columns not imported: %1</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <translation>Checking the file…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::JobProgress</name>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Stopping…</translation>
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
        <message>
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <source>Find a customer: phone, last 4 digits, name, file or receipt number; or a complaint number (F2)</source>
            <translation>Find a customer: phone, last 4 digits, name, file or receipt number; or a complaint number (F2)</translation>
        </message>
        <message>
            <source>Complaints (%1)</source>
            <translation>Complaints (%1)</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Complaints</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) overdue</source>
            <translation>
                <numerusform>%n case overdue</numerusform>
                <numerusform>%n cases overdue</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;table cellpadding='3'&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2 / Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Find a customer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open the best match&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New complaint (for the customer on screen)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New customer file&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Print the complaint receipt&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save the form&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lock the screen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Refresh the page&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Close a dialog (asks before anything typed is lost)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
            <translation>&lt;table cellpadding='3'&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2 / Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Find a customer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open the best match&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New complaint (for the customer on screen)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New customer file&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Print the complaint receipt&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save the form&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lock the screen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Refresh the page&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Close a dialog (asks before anything typed is lost)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
        </message>
        <message>
            <source>Callbacks (%1)</source>
            <translation>Callbacks (%1)</translation>
        </message>
        <message>
            <source>Callbacks</source>
            <translation>Callbacks</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) to make today</source>
            <translation>
                <numerusform>%n call to make today</numerusform>
                <numerusform>%n calls to make today</numerusform>
            </translation>
        </message>
        <message>
            <source>Approvals (%1)</source>
            <translation>Approvals (%1)</translation>
        </message>
        <message>
            <source>Approvals</source>
            <translation>Approvals</translation>
        </message>
        <message numerus="yes">
            <source>%n request(s) waiting for a decision</source>
            <translation>
                <numerusform>%n request waiting for a decision</numerusform>
                <numerusform>%n requests waiting for a decision</numerusform>
            </translation>
        </message>
        <message>
            <source>Read-only: this database is open to rescue data. Nothing can be saved; look up and export what you need, then restore a backup.</source>
            <translation>Read-only: this database is open to rescue data. Nothing can be saved; look up and export what you need, then restore a backup.</translation>
        </message>
        <message>
            <source>The database was restored from a backup. Sign in again.</source>
            <translation>The database was restored from a backup. Sign in again.</translation>
        </message>
        <message>
            <source>Database: read-only</source>
            <translation>Database: read-only</translation>
        </message>
        <message>
            <source>Last backup: %1</source>
            <translation>Last backup: %1</translation>
        </message>
        <message>
            <source>No backup yet</source>
            <translation>No backup yet</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Database: damaged</source>
            <translation>Database: damaged</translation>
        </message>
        <message>
            <source>Database: being checked</source>
            <translation>Database: being checked</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>The database is damaged</translation>
        </message>
        <message>
            <source>Today's check of the database file found it damaged. So that the damage does not spread, nothing more is saved to it: saving now fails.

What is on screen stays until the counter is closed; note down anything not yet saved. When the counter closes, CounterCare checks the file again and offers to restore the last good backup.</source>
            <translation>Today's check of the database file found it damaged. So that the damage does not spread, nothing more is saved to it: saving now fails.

What is on screen stays until the counter is closed; note down anything not yet saved. When the counter closes, CounterCare checks the file again and offers to restore the last good backup.</translation>
        </message>
        <message>
            <source>Close the counter and restore</source>
            <translation>Close the counter and restore</translation>
        </message>
        <message>
            <source>Keep the window open</source>
            <translation>Keep the window open</translation>
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
        <name>cc::ui::PurchaseDialog</name>
        <message>
            <source>Record purchase</source>
            <translation>Record purchase</translation>
        </message>
        <message>
            <source>Record a purchase</source>
            <translation>Record a purchase</translation>
        </message>
        <message>
            <source>as printed on the receipt</source>
            <translation>as printed on the receipt</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Qty</translation>
        </message>
        <message>
            <source>Unit price (¥)</source>
            <translation>Unit price (¥)</translation>
        </message>
        <message>
            <source>Unit cost (¥)</source>
            <translation>Unit cost (¥)</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>Add line</translation>
        </message>
        <message>
            <source>Add a line (Ctrl+Enter)</source>
            <translation>Add a line (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Receipt no. *</source>
            <translation>Receipt no. *</translation>
        </message>
        <message>
            <source>Date *</source>
            <translation>Date *</translation>
        </message>
        <message>
            <source>Record the purchase (Ctrl+S)</source>
            <translation>Record the purchase (Ctrl+S)</translation>
        </message>
        <message>
            <source>Total: %1</source>
            <translation>Total: %1</translation>
        </message>
        <message>
            <source>Line %1</source>
            <translation>Line %1</translation>
        </message>
        <message>
            <source>%1: the quantity is not a whole number.</source>
            <translation>%1: the quantity is not a whole number.</translation>
        </message>
        <message>
            <source>%1 unit price</source>
            <translation>%1 unit price</translation>
        </message>
        <message>
            <source>%1 unit cost</source>
            <translation>%1 unit cost</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ReportRun</name>
        <message>
            <source>Reading…</source>
            <translation>Reading…</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::ReportsPage</name>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Reports about customers are reviewed by the store manager before they are handed out.</source>
            <translation>Reports about customers are reviewed by the store manager before they are handed out.</translation>
        </message>
        <message>
            <source>Monthly complaints</source>
            <translation>Monthly complaints</translation>
        </message>
        <message>
            <source>Customer churn</source>
            <translation>Customer churn</translation>
        </message>
        <message>
            <source>Show the month</source>
            <translation>Show the month</translation>
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation>&amp;Month:</translation>
        </message>
        <message>
            <source>Complaints received</source>
            <translation>Complaints received</translation>
        </message>
        <message>
            <source>Resolved on time / late</source>
            <translation>Resolved on time / late</translation>
        </message>
        <message>
            <source>Average satisfaction</source>
            <translation>Average satisfaction</translation>
        </message>
        <message>
            <source>Compensation granted</source>
            <translation>Compensation granted</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Status now</source>
            <translation>Status now</translation>
        </message>
        <message>
            <source>Show the period</source>
            <translation>Show the period</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <source>Customers on file</source>
            <translation>Customers on file</translation>
        </message>
        <message>
            <source>Lost in the period</source>
            <translation>Lost in the period</translation>
        </message>
        <message>
            <source>Won back in the period</source>
            <translation>Won back in the period</translation>
        </message>
        <message>
            <source>Absolute churn rate</source>
            <translation>Absolute churn rate</translation>
        </message>
        <message>
            <source>Relative churn rate</source>
            <translation>Relative churn rate</translation>
        </message>
        <message>
            <source>Purchases of the lost customers</source>
            <translation>Purchases of the lost customers</translation>
        </message>
        <message>
            <source>Absolute rate: lost customers ÷ customers on file. Relative rate: the absolute rate × what a lost customer bought on average ÷ what a customer bought on average — above the absolute rate, the store is losing its better customers.</source>
            <translation>Absolute rate: lost customers ÷ customers on file. Relative rate: the absolute rate × what a lost customer bought on average ÷ what a customer bought on average — above the absolute rate, the store is losing its better customers.</translation>
        </message>
        <message>
            <source>Reason lost</source>
            <translation>Reason lost</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <source>To: the period ends before it begins.</source>
            <translation>To: the period ends before it begins.</translation>
        </message>
        <message>
            <source>Complaints received in %1</source>
            <translation>Complaints received in %1</translation>
        </message>
        <message>
            <source>MMMM yyyy</source>
            <translation>MMMM yyyy</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>%1 of 5</source>
            <translation>%1 of 5</translation>
        </message>
        <message>
            <source>none given</source>
            <translation>none given</translation>
        </message>
        <message>
            <source>Customers lost from %1 to %2</source>
            <translation>Customers lost from %1 to %2</translation>
        </message>
        <message>
            <source>no purchases</source>
            <translation>no purchases</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>(no reason given)</source>
            <translation>(no reason given)</translation>
        </message>
        <message>
            <source>No customer was marked lost in this period.</source>
            <translation>No customer was marked lost in this period.</translation>
        </message>
    </context>
    <context>
        <name>cc::ui::RestoreDialog</name>
        <message>
            <source>Customer files</source>
            <translation>Customer files</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Purchases</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Complaints</translation>
        </message>
        <message>
            <source>Compensations</source>
            <translation>Compensations</translation>
        </message>
        <message>
            <source>Callbacks</source>
            <translation>Callbacks</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>Audit entries</source>
            <translation>Audit entries</translation>
        </message>
        <message>
            <source>Restore this backup</source>
            <translation>Restore this backup</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Made</translation>
        </message>
        <message>
            <source>unknown (no manifest)</source>
            <translation>unknown (no manifest)</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Whole (integrity check passed)%1</source>
            <translation>Whole (integrity check passed)%1</translation>
        </message>
        <message>
            <source>; matches its manifest</source>
            <translation>; matches its manifest</translation>
        </message>
        <message>
            <source>I understand: everything entered after this backup was made is replaced.</source>
            <translation>I understand: everything entered after this backup was made is replaced.</translation>
        </message>
        <message>
            <source>The database as it is now is first kept as a checked safety copy beside it. Everyone signs in again afterwards.</source>
            <translation>The database as it is now is first kept as a checked safety copy beside it. Everyone signs in again afterwards.</translation>
        </message>
        <message>
            <source>This copy has no manifest (%1). Only the file's integrity was checked: nothing shows that its customers, complaints and audit entries are as they were when the backup was made.</source>
            <translation>This copy has no manifest (%1). Only the file's integrity was checked: nothing shows that its customers, complaints and audit entries are as they were when the backup was made.</translation>
        </message>
        <message>
            <source>Restore it unverified (recorded in the audit log).</source>
            <translation>Restore it unverified (recorded in the audit log).</translation>
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
        <name>cc::ui::StartupCheck</name>
        <message>
            <source>CounterCare</source>
            <translation>CounterCare</translation>
        </message>
        <message>
            <source>Checking the database before the counter opens…</source>
            <translation>Checking the database before the counter opens…</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>Upgrading the database for this version of CounterCare…</source>
            <translation>Upgrading the database for this version of CounterCare…</translation>
        </message>
        <message>
            <source>The file is whole. It is now brought up to this version, once; a store of a million customers takes a few minutes. Should the computer stop meanwhile, the file stays as it was and the upgrade starts again.</source>
            <translation>The file is whole. It is now brought up to this version, once; a store of a million customers takes a few minutes. Should the computer stop meanwhile, the file stays as it was and the upgrade starts again.</translation>
        </message>
        <message>
            <source>CounterCare was not closed properly last time. Every page of %1 (%2) is now read once, so that a damaged file is never written to. A large store takes a few seconds.</source>
            <translation>CounterCare was not closed properly last time. Every page of %1 (%2) is now read once, so that a damaged file is never written to. A large store takes a few seconds.</translation>
        </message>
        <message>
            <source>The last check found %1 (%2) damaged. Every page of it is read again before the counter opens; nothing is written to it meanwhile. A large store takes a few seconds.</source>
            <translation>The last check found %1 (%2) damaged. Every page of it is read again before the counter opens; nothing is written to it meanwhile. A large store takes a few seconds.</translation>
        </message>
        <message>
            <source>Every page of %1 (%2) is read once before the counter opens, so that a damaged file is never written to. A large store takes a few seconds.</source>
            <translation>Every page of %1 (%2) is read once before the counter opens, so that a damaged file is never written to. A large store takes a few seconds.</translation>
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
        <message>
            <source>Customer tiers go by the gross profit a customer has brought, not by the number of orders. Lifetime profit in yuan from which a customer is:</source>
            <translation>Customer tiers go by the gross profit a customer has brought, not by the number of orders. Lifetime profit in yuan from which a customer is:</translation>
        </message>
        <message>
            <source>Silver from ¥</source>
            <translation>Silver from ¥</translation>
        </message>
        <message>
            <source>Gold from ¥</source>
            <translation>Gold from ¥</translation>
        </message>
        <message>
            <source>VIP from ¥</source>
            <translation>VIP from ¥</translation>
        </message>
        <message>
            <source>Silver from</source>
            <translation>Silver from</translation>
        </message>
        <message>
            <source>Gold from</source>
            <translation>Gold from</translation>
        </message>
        <message>
            <source>VIP from</source>
            <translation>VIP from</translation>
        </message>
        <message>
            <source>printed on every receipt slip</source>
            <translation>printed on every receipt slip</translation>
        </message>
        <message>
            <source> hours</source>
            <translation> hours</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Store name</source>
            <translation>Store name</translation>
        </message>
        <message>
            <source>Service hotline</source>
            <translation>Service hotline</translation>
        </message>
        <message>
            <source>The service promise to every complainant: the reply and the resolution are due within these times (new cases).</source>
            <translation>The service promise to every complainant: the reply and the resolution are due within these times (new cases).</translation>
        </message>
        <message>
            <source>Reply within</source>
            <translation>Reply within</translation>
        </message>
        <message>
            <source>Resolve within</source>
            <translation>Resolve within</translation>
        </message>
        <message>
            <source>Refund or exchange is major above ¥</source>
            <translation>Refund or exchange is major above ¥</translation>
        </message>
        <message>
            <source>Major from</source>
            <translation>Major from</translation>
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
        <message>
            <source>Restored</source>
            <translation>Restored</translation>
        </message>
        <message>
            <source>The database was restored from %1. The damaged file is kept, untouched, as %2.</source>
            <translation>The database was restored from %1. The damaged file is kept, untouched, as %2.</translation>
        </message>
    </context>
</TS>
