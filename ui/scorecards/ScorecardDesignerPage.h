#pragma once

#include "people/Actor.h"
#include "disputes/DisputeStats.h"
#include "model/Scorecard.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>

class QTimer;
class QTreeWidgetItem;
class QUndoStack;

namespace Ui {
class ScorecardDesignerPage;
}

namespace qadesk {

class Database;
class AutoQaRuleEditor;
class ScorecardDesignDocument;
class ScorecardFormView;
class PageReader;

// The evaluation-form designer: a tree of sections and items, an editor for the selected one, a live preview that
// scores its own answers, and the publish checks. Every edit is undoable. A published version is read-only: "Edit as
// new draft" copies it into the next version, so evaluations keep the version they were scored on.
class ScorecardDesignerPage final : public QWidget {
    Q_OBJECT

public:
    // How far back the item editor counts disputes of an item, to show criteria that breed them.
    static constexpr int s_disputeWindowDays = 90;
    // From this many disputes and this share of the item's evaluations on, the editor suggests clearer guidance.
    static constexpr int s_disputesWorthReview = 3;
    static constexpr double s_disputeRateWorthReview = 0.05;

    ScorecardDesignerPage(const Database& database, const Actor& actor, QWidget* parent = nullptr);
    ~ScorecardDesignerPage() override; // saves a pending draft

    // The actions behind the buttons, callable without dialogs (tests, other pages). False with a message shown in
    // the status line when not possible.
    bool createScorecard(const QString& name, std::optional<Channel> channel);
    bool showScorecard(qint64 scorecardId, qint64 versionId = 0); // 0: the latest version
    bool publish();
    bool editAsNewDraft();
    void addSection();
    void addItem();
    void duplicateSelected();
    void deleteSelected();
    void select(int section, int item = -1); // item -1: the section itself
    bool saveDraft(); // writes the draft now (edits are otherwise saved shortly after they happen)
    QStringList compareWithPrevious() const; // the changes from the previous version, described

    const ScorecardVersion& version() const;
    ScorecardDesignDocument* document() const { return m_document; }
    bool itemDisputesCounted() const { return m_itemDisputesCounted; } // counted in the background after the form
    QUndoStack* undoStack() const;
    ScorecardFormView* preview() const { return m_preview; }
    QString statusText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Field { None, SectionTitle, SectionWeight, Key, Question, Guidance, Kind, MaxPoints, NaAllowed,
                       CommentRequired, Critical, Options, Structure, AutoRule };

    void applyEdit(const QString& text, Field field, const std::function<void(ScorecardVersion&)>& change);
    void showContent();
    void load();
    void fillScorecards(const QList<Scorecard>& scorecards);
    void showNoScorecard();
    void reloadScorecards(qint64 selectId);
    void fillVersions(const QList<ScorecardVersion>& versions, qint64 selectVersionId);
    void reloadVersions(qint64 selectVersionId);
    void loadVersion(qint64 versionId);
    void showVersion(const ScorecardVersion& version);
    void rebuildTree();
    void showEditor();
    void countItemDisputes();
    void showItemDisputes(const QString& itemKey);
    void updatePreview();
    void updateChecks();
    void updateActions();
    void structureDropped();
    void readOptionsTable();
    bool editable() const;
    void setStatus(const QString& text, bool error = false);
    void importFile();
    void exportFile();
    void showComparison();
    void toggleRetired();
    ScorecardSection* selectedSection(ScorecardVersion& version) const;
    ScorecardItem* selectedItem(ScorecardVersion& version) const;

    const std::unique_ptr<Ui::ScorecardDesignerPage> m_ui;
    const Database& m_database;
    const Actor m_actor;
    PageReader* m_reader = nullptr;
    Scorecard m_scorecard;
    ScorecardDesignDocument* m_document = nullptr; // the version shown and its edits
    ScorecardFormView* m_preview = nullptr;
    AutoQaRuleEditor* m_ruleEditor = nullptr;
    QTimer* m_saveTimer = nullptr;
    int m_section = -1;
    int m_item = -1;
    QHash<QString, DisputeCounts> m_itemDisputes; // by item key, over the last s_disputeWindowDays days
    QString m_itemDisputesError;
    bool m_itemDisputesCounted = false;
    bool m_updating = false; // filling widgets from the model: their change signals are not edits
    bool m_dirty = false;
};

} // namespace qadesk
