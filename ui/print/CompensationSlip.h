#pragma once

#include "Slip.h"

#include <compensation/CompensationService.h>

namespace cc::print {

/// The slip of a compensation decision for the customer: what was granted on which
/// complaint, by whom and when, with the store's hotline and a QR code of the case.
class CompensationSlip final : public Slip {
    Q_DECLARE_TR_FUNCTIONS(cc::print::CompensationSlip)

public:
    explicit CompensationSlip(CompensationSlipData data);

protected:
    QString title() const override;
    qreal layout(QPainter* painter, QPaintDevice& device, SlipSize size) const override;

private:
    CompensationSlipData m_data;
};

} // namespace cc::print
