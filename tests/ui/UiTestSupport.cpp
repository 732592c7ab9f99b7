#include "UiTestSupport.h"

#include <QInputMethodEvent>
#include <QListWidget>
#include <QTest>

namespace cc::test {

void onNextModal(const std::function<void(QWidget* dialog)>& step)
{
    auto* poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, [poll, step] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        // Window shortcuts (Ctrl+S on a dialog) only fire in the active window.
        QApplication::setActiveWindow(modal);
        (void)QTest::qWaitForWindowActive(modal, 1000);
        step(modal);
    });
    poll->start();
}

void typeText(QWidget* widget, const QString& text)
{
    QString ascii;
    const auto flushAscii = [&] {
        if (!ascii.isEmpty())
            QTest::keyClicks(widget, ascii);
        ascii.clear();
    };
    QString composed;
    const auto flushComposed = [&] {
        if (composed.isEmpty())
            return;
        QInputMethodEvent commit;
        commit.setCommitString(composed);
        QApplication::sendEvent(widget, &commit);
        composed.clear();
    };
    for (const QChar ch : text) {
        if (ch.unicode() < 128) {
            flushComposed();
            ascii.append(ch);
        } else {
            flushAscii();
            composed.append(ch);
        }
    }
    flushAscii();
    flushComposed();
}

void activate(QWidget* window)
{
    QApplication::setActiveWindow(window);
    (void)QTest::qWaitForWindowActive(window, 2000);
}

void showPage(QWidget* window, QWidget* page)
{
    auto* navigation = child<QListWidget>(window, QStringLiteral("navigation"));
    for (int row = 0; row < navigation->count(); ++row) {
        if (navigation->item(row)->data(Qt::UserRole).value<QWidget*>() == page)
            navigation->setCurrentRow(row);
    }
}

void settle(int msecs)
{
    QTest::qWait(msecs);
}

QWidget* focused()
{
    QWidget* widget = QApplication::focusWidget();
    if (!widget)
        throw std::runtime_error("no widget has the focus");
    return widget;
}

std::string tab(bool backwards)
{
    QTest::keyClick(focused(), backwards ? Qt::Key_Backtab : Qt::Key_Tab,
                    backwards ? Qt::ShiftModifier : Qt::NoModifier);
    return focused()->objectName().toStdString();
}

std::vector<std::string> tabs(int count, bool backwards)
{
    std::vector<std::string> names;
    for (int i = 0; i < count; ++i)
        names.push_back(tab(backwards));
    return names;
}

} // namespace cc::test
