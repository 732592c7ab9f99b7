#include "Permissions.h"

namespace cc {

namespace {

// The lowest role that may perform each action. Roles are nested: what a clerk may
// do, a supervisor and a manager may do too.
Role lowestRole(Action action)
{
    switch (action) {
    case Action::ViewCustomers:
    case Action::EditCustomers:
    case Action::LogComplaint:
    case Action::HandleComplaint:
    case Action::RequestCompensation:
    case Action::WorkCallbacks:
        return Role::Clerk;
    case Action::ViewConfidentialFiles:
    case Action::MergeCustomers:
    case Action::AssignComplaint:
    case Action::RaiseSeverity:
    case Action::CloseWithoutCallback:
    case Action::DecideCompensation:
    case Action::ReassignCallbacks:
    case Action::ViewReports:
        return Role::Supervisor;
    case Action::ViewSecretFiles:
    case Action::ReassignCustomerOwner:
    case Action::ImportCustomers:
    case Action::ExportCustomers:
    case Action::EraseCustomers:
    case Action::EditAuthorityTable:
    case Action::EditCallbackRules:
    case Action::ManageUsers:
    case Action::ViewAuditLog:
    case Action::ExportAuditLog:
    case Action::EditSettings:
    case Action::BackupRestore:
    case Action::FillDemoData:
        return Role::Manager;
    }
    return Role::Manager;
}

} // namespace

bool Permissions::allows(Role role, Action action)
{
    return Roles::atLeast(role, lowestRole(action));
}

QList<Action> Permissions::allActions()
{
    QList<Action> actions;
    for (int i = static_cast<int>(Action::ViewCustomers);
         i <= static_cast<int>(Action::FillDemoData); ++i)
        actions.append(static_cast<Action>(i));
    return actions;
}

QString Permissions::describe(Action action)
{
    switch (action) {
    case Action::ViewCustomers:
        return tr("view customer files");
    case Action::EditCustomers:
        return tr("edit customer files");
    case Action::ViewConfidentialFiles:
        return tr("open confidential customer files");
    case Action::ViewSecretFiles:
        return tr("open secret customer files");
    case Action::MergeCustomers:
        return tr("merge customer files");
    case Action::ReassignCustomerOwner:
        return tr("reassign customer files");
    case Action::ImportCustomers:
        return tr("import customer files");
    case Action::ExportCustomers:
        return tr("export customer files");
    case Action::EraseCustomers:
        return tr("erase customer files");
    case Action::LogComplaint:
        return tr("log complaints");
    case Action::HandleComplaint:
        return tr("handle complaints");
    case Action::AssignComplaint:
        return tr("assign complaints");
    case Action::RaiseSeverity:
        return tr("raise a complaint to major");
    case Action::CloseWithoutCallback:
        return tr("close a complaint without its callback");
    case Action::RequestCompensation:
        return tr("request compensation");
    case Action::DecideCompensation:
        return tr("approve or reject compensation");
    case Action::EditAuthorityTable:
        return tr("edit the authority table");
    case Action::WorkCallbacks:
        return tr("make callbacks");
    case Action::ReassignCallbacks:
        return tr("reassign callbacks");
    case Action::EditCallbackRules:
        return tr("edit the callback rules");
    case Action::ViewReports:
        return tr("read reports");
    case Action::ManageUsers:
        return tr("manage users");
    case Action::ViewAuditLog:
        return tr("read the audit log");
    case Action::ExportAuditLog:
        return tr("export the audit log");
    case Action::EditSettings:
        return tr("change the store settings");
    case Action::BackupRestore:
        return tr("back up or restore the database");
    case Action::FillDemoData:
        return tr("fill the store with demo data");
    }
    return {};
}

QString Permissions::refusal(Role role, Action action)
{
    return tr("A %1 may not %2.").arg(Roles::displayName(role).toLower(), describe(action));
}

Status Permissions::require(const Actor& by, Action action)
{
    if (!allows(by.role, action))
        return makeError(ErrorCode::Permission, refusal(by.role, action));
    return {};
}

} // namespace cc
