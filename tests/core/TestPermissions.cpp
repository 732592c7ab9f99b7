#include <accounts/Permissions.h>

#include <catch2/catch.hpp>

#include <map>

using namespace cc;

// The matrix written out by hand, row by row, so a change to Permissions.cpp that is not
// also made here fails. C = clerk, S = supervisor, M = manager.
TEST_CASE("Every cell of the permission matrix, refusals included")
{
    const std::map<Action, const char*> expected{
        {Action::ViewCustomers, "CSM"},        {Action::EditCustomers, "CSM"},
        {Action::ViewConfidentialFiles, "SM"}, {Action::ViewSecretFiles, "M"},
        {Action::MergeCustomers, "SM"},        {Action::ReassignCustomerOwner, "M"},
        {Action::ImportCustomers, "M"},        {Action::ExportCustomers, "M"},
        {Action::EraseCustomers, "M"},         {Action::LogComplaint, "CSM"},
        {Action::HandleComplaint, "CSM"},      {Action::AssignComplaint, "SM"},
        {Action::RaiseSeverity, "SM"},         {Action::CloseWithoutCallback, "SM"},
        {Action::RequestCompensation, "CSM"},  {Action::DecideCompensation, "SM"},
        {Action::EditAuthorityTable, "M"},     {Action::WorkCallbacks, "CSM"},
        {Action::ReassignCallbacks, "SM"},     {Action::EditCallbackRules, "M"},
        {Action::ViewReports, "SM"},           {Action::ManageUsers, "M"},
        {Action::ViewAuditLog, "M"},           {Action::ExportAuditLog, "M"},
        {Action::EditSettings, "M"},           {Action::BackupRestore, "M"},
        {Action::FillDemoData, "M"},
    };
    REQUIRE(expected.size() == size_t(Permissions::allActions().size()));

    const std::map<Role, char> letter{
        {Role::Clerk, 'C'}, {Role::Supervisor, 'S'}, {Role::Manager, 'M'}};
    for (Action action : Permissions::allActions()) {
        REQUIRE(expected.count(action) == 1);
        for (Role role : Roles::all()) {
            const bool shouldAllow =
                std::string(expected.at(action)).find(letter.at(role)) != std::string::npos;
            INFO("action " << static_cast<int>(action) << " role "
                           << Roles::key(role).toStdString());
            CHECK(Permissions::allows(role, action) == shouldAllow);
        }
    }
}

TEST_CASE("A refusal says who may not do what")
{
    const QString message = Permissions::refusal(Role::Clerk, Action::ManageUsers);
    CHECK(message == QStringLiteral("A clerk may not manage users."));
    for (Action action : Permissions::allActions())
        CHECK_FALSE(Permissions::describe(action).isEmpty());
}
