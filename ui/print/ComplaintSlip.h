#pragma once

#include "Slip.h"

#include <complaints/ComplaintService.h>

namespace cc::print {

/// The slip handed to the customer when a complaint is logged: store and hotline, the
/// complaint number, customer, product, a summary, items kept in custody, the promised
/// reply time, the handler and a QR code of the number for the counter's scanner.
class ComplaintSlip final : public Slip {
    Q_DECLARE_TR_FUNCTIONS(cc::print::ComplaintSlip)

public:
    explicit ComplaintSlip(ComplaintReceipt receipt);

protected:
    QString title() const override;
    qreal layout(QPainter* painter, QPaintDevice& device, SlipSize size) const override;

private:
    ComplaintReceipt m_receipt;
};

} // namespace cc::print
