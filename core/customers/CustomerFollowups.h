#pragma once

#include "accounts/Roles.h"
#include "base/Result.h"

namespace cc {

struct Customer;
struct Purchase;

/// What a change to a customer's file sets going on the floors above: the callbacks a
/// purchase or a visit plans, and the ones a customer who declined calls no longer gets.
/// CallbackScheduler answers; Services hands it to CustomerService. Each runs inside the
/// caller's write transaction, so it is committed with the change or not at all.
class CustomerFollowups {
public:
    virtual ~CustomerFollowups() = default;

    virtual Status afterPurchase(const Actor& by, const Customer& customer,
                                 const Purchase& purchase) = 0;
    virtual Status afterVisit(const Actor& by, const Customer& customer) = 0;
    virtual Status afterDeclined(const Actor& by, qint64 customerId) = 0;
};

} // namespace cc
