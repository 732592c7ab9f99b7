#include "TestStore.h"

#include <store/DraftStore.h>
#include <store/StoreService.h>

#include <catch2/catch.hpp>

using namespace cc;

TEST_CASE("A draft is kept per user and form until it is discarded, and survives reopening")
{
    test::TestStore store;
    const User clerk = store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    const User other = store.addUser(QStringLiteral("xiaowang"), Role::Clerk);
    const QString kind = QStringLiteral("complaint_intake");
    {
        DraftStore drafts(store.db(), store.clock());
        REQUIRE(drafts.load(clerk.actor(), kind)->has_value() == false);
        REQUIRE(drafts
                    .save(clerk.actor(), kind,
                          {{QStringLiteral("description"), QStringLiteral("鞋跟")}})
                    .ok());
        REQUIRE(drafts
                    .save(clerk.actor(), kind,
                          {{QStringLiteral("description"), QStringLiteral("鞋跟发黑")}})
                    .ok());
    }
    // As after a crash: a new connection to the same file.
    store.reopen();
    DraftStore drafts(store.db(), store.clock());
    Result<std::optional<Draft>> loaded = drafts.load(clerk.actor(), kind);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->has_value());
    CHECK((*loaded)->content.value(QStringLiteral("description")).toString() ==
          QStringLiteral("鞋跟发黑"));
    CHECK((*loaded)->savedAt == store.clock().nowUtc());
    // Another user's form does not see it.
    CHECK(!drafts.load(other.actor(), kind)->has_value());
    REQUIRE(drafts.discard(clerk.actor(), kind).ok());
    CHECK(!drafts.load(clerk.actor(), kind)->has_value());
}

TEST_CASE("The manager sets the store's name and hotline for the slips")
{
    test::TestStore store;
    const User clerk = store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    StoreService stores(store.db(), store.clock());
    CHECK(stores.updateStore(clerk.actor(), QStringLiteral("x"), QString()).error().code ==
          ErrorCode::Permission);
    CHECK(
        stores
            .updateStore(store.admin().actor(), QStringLiteral("万达店"), QStringLiteral("400-abc"))
            .error()
            .message.startsWith(QStringLiteral("Hotline")));
    CHECK(stores.updateStore(store.admin().actor(), QStringLiteral(" "), QString())
              .error()
              .message.startsWith(QStringLiteral("Store name")));
    REQUIRE(stores
                .updateStore(store.admin().actor(), QStringLiteral("万达店"),
                             QStringLiteral("400-820-8820"))
                .ok());
    CHECK(stores.store().value()->name == QStringLiteral("万达店"));
    CHECK(stores.store().value()->hotline == QStringLiteral("400-820-8820"));
}
