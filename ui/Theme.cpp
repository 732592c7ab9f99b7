#include "Theme.h"

#include <QApplication>
#include <QFont>
#include <QStyleFactory>

namespace cc::ui {

void applyTheme(QApplication& app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QFont font = app.font();
    if (font.pointSizeF() < 10.5)
        font.setPointSizeF(10.5);
    app.setFont(font);
    app.setStyleSheet(QStringLiteral(R"css(
        QListWidget#navigation {
            background: #20303f; color: #e8eef4; border: none; outline: none;
            font-size: 11.5pt; padding-top: 8px;
        }
        QListWidget#navigation::item { padding: 10px 14px; border-left: 4px solid transparent; }
        QListWidget#navigation::item:selected {
            background: #2f4a63; color: white; border-left: 4px solid #4da3ff;
        }
        QListWidget#navigation::item:hover:!selected { background: #28394b; }
        QLabel#pageTitle { font-size: 16pt; font-weight: 600; color: #1d2a36; }
        QLabel#pageSubtitle { color: #5b6b7a; }
        QLabel#fieldError { color: #c62828; }
        QLabel#formError { color: #c62828; font-weight: 600; }
        QLabel#restoreRisk {
            color: #8a4b00; background: #fff4e0; border: 1px solid #f0c36d; padding: 6px;
        }
        QFrame#card { background: white; border: 1px solid #dde3ea; border-radius: 6px; }
        QLabel#cardTitle { color: #5b6b7a; }
        QLabel#cardValue { font-size: 15pt; font-weight: 600; color: #1d2a36; }
        QWidget#lockScreen { background: #20303f; }
        QLabel#lockTitle { color: white; font-size: 18pt; font-weight: 600; }
        QLabel#lockSubtitle { color: #c7d3df; }
        QFrame#signInCard { background: white; border-radius: 8px; }
        QPushButton[primary="true"] {
            background: #1f5fa8; color: white; border: 1px solid #174a84; border-radius: 4px;
            padding: 6px 18px; font-weight: 600;
        }
        QPushButton[primary="true"]:hover { background: #2569b8; }
        QPushButton[primary="true"]:disabled { background: #9bb4d0; border-color: #9bb4d0; }
        QPushButton[danger="true"] { color: #b71c1c; }
        QStatusBar QLabel { padding: 0 8px; }
    )css"));
}

} // namespace cc::ui
