#pragma once

#include "autoqa/AutoQaCoverage.h"
#include "autoqa/AutoQaRunner.h"
#include "people/Actor.h"

#include <QFutureWatcher>
#include <QWidget>
#include <memory>

namespace Ui {
class AutoQaPage;
}

namespace qadesk {

class Database;
class PageReader;

// The coverage view: how many of a period's contacts the auto-QA rules have checked and how many people evaluated
// ("Auto-checked 100 % of 12,400 contacts; evaluated by people 3.2 %"), and per item how often the evaluators agreed
// with the rule's suggestion. Checking runs in the background, with progress and cancel.
class AutoQaPage final : public QWidget
{
    Q_OBJECT

public:
    AutoQaPage(const Database& database, const Actor& actor, QWidget* parent = nullptr);
    ~AutoQaPage() override;

    void setPeriod(const QDate& from, const QDate& to);
    void refresh(); // reads the coverage again, on the window's worker
    // Checks every contact not yet checked under the current rules, in the background (after an import).
    void checkContacts();
    void cancelCheck();
    bool isChecking() const;
    const AutoQaCoverage& coverage() const { return m_coverage; }

signals:
    void checkFinished(const AutoQaRunner::Summary& summary);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showCoverage();
    void finishCheck();

    const std::unique_ptr<Ui::AutoQaPage> m_ui;
    const Database& m_database;
    const Actor m_actor;
    PageReader* m_reader = nullptr;
    AutoQaCoverage m_coverage;
    QString m_error;
    QFutureWatcher<AutoQaRunner::Summary>* m_watcher = nullptr;
};

} // namespace qadesk
