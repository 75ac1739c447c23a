#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;

namespace qadesk {

// A status line under a form: problems with the platform's warning icon (so they read as problems in any palette,
// light or dark, without a colour of our own), plain messages without it. Hidden while empty.
class ProblemLabel final : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemLabel(QWidget* parent = nullptr);

    void showProblems(const QStringList& problems); // one a line; clears the line when empty
    void showProblem(const QString& problem) { showProblems({ problem }); }
    void showMessage(const QString& message);
    void clear() { showMessage({}); }
    QString text() const;
    bool isProblem() const { return m_problem; }

private:
    QLabel* m_iconLabel;
    QLabel* m_textLabel;
    bool m_problem = false;
};

} // namespace qadesk
