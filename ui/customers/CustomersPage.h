#pragma once

#include <customers/Customer.h>

#include <QHash>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace cc::ui {

class CustomerMatchModel;
class CustomerSearch;
class CustomerView;
class Session;

/// 客户: search results on the left, the chosen customer's 360° file on the right.
class CustomersPage : public QWidget {
    Q_OBJECT

public:
    explicit CustomersPage(Session& session, QWidget* parent = nullptr);

    /// Searches as the clerk types (debounced, off the UI thread).
    void searchFor(const QString& text);
    /// Enter in the search box: opens the best match once the results are in.
    void openBestMatch();
    /// Opens a file, asking for the purpose when it is protected.
    void openCustomer(qint64 id);
    /// Ctrl+Shift+N: a new file, pre-filled from the search text.
    void newCustomer();
    void refresh();
    /// Forgets the results, the open file and stated purposes (another user signed in).
    void reset();
    /// Down arrow in the search box: the results list takes the keyboard.
    void focusResults();

    CustomerMatchModel* results() const { return m_model; }
    CustomerView* view() const { return m_view; }

Q_SIGNALS:
    void searchFinished();

private:
    /// Import and export show for the roles that may use them.
    void applyRole();
    void showResults(const QString& query, const QList<cc::CustomerMatch>& matches);

    Session& m_session;
    CustomerSearch* m_search;
    CustomerMatchModel* m_model;
    QTableView* m_table;
    QLabel* m_count;
    CustomerView* m_view;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QTimer m_debounce;
    QString m_query;
    QString m_answered;
    bool m_openWhenAnswered = false;
    QHash<qint64, QString> m_reasons; ///< purposes stated this session, for reloads
};

} // namespace cc::ui
