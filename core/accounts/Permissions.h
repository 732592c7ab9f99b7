#pragma once

#include "Roles.h"
#include "base/Result.h"

#include <QCoreApplication>

namespace cc {

/// Everything a role may or may not do. New features add their actions here.
enum class Action {
    // Customers
    ViewCustomers,
    EditCustomers,
    ViewConfidentialFiles, ///< besides the file's own owner
    ViewSecretFiles,
    MergeCustomers,
    ReassignCustomerOwner,
    ImportCustomers,
    ExportCustomers,
    EraseCustomers, ///< anonymise a file for good (a customer's request)
    // Complaints
    LogComplaint,
    HandleComplaint,
    AssignComplaint,
    RaiseSeverity,
    CloseWithoutCallback,
    // Compensation
    RequestCompensation,
    DecideCompensation,
    EditAuthorityTable,
    // Callbacks
    WorkCallbacks,
    ReassignCallbacks,
    EditCallbackRules,
    // Store
    ViewReports,
    ManageUsers,
    ViewAuditLog,
    ExportAuditLog,
    EditSettings,
    BackupRestore,
    FillDemoData, ///< generated customers and complaints, for trying the app and benchmarks
};

/// The permission matrix (role × action): the only place that decides.
class Permissions {
    Q_DECLARE_TR_FUNCTIONS(cc::Permissions)

public:
    static bool allows(Role role, Action action);
    /// Every action, for tests and the help text.
    static QList<Action> allActions();
    /// A short translated name of the action, for refusal messages.
    static QString describe(Action action);
    /// "A clerk may not manage users." — the message of a refusal.
    static QString refusal(Role role, Action action);
    /// The check every service makes first: a Permission error with refusal() when denied.
    static Status require(const Actor& by, Action action);
};

} // namespace cc
