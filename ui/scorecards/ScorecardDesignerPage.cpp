#include "ScorecardDesignerPage.h"

#include "AutoQaRuleEditor.h"
#include "ScorecardDesignDocument.h"
#include "ScorecardFormView.h"
#include "people/AccessRules.h"
#include "scoring/ScorecardDiff.h"
#include "scoring/ScorecardImport.h"
#include "scoring/ScorecardJson.h"
#include "scoring/ScorecardValidator.h"
#include "scoring/ScoringEngine.h"
#include "shell/ActionFailure.h"
#include "shell/Dialogs.h"
#include "shell/PageReader.h"
#include "shell/Theme.h"
#include "storage/ConflictError.h"
#include "storage/Database.h"
#include "storage/ScorecardRepository.h"
#include "storage/StorageError.h"
#include "ui_ScorecardDesignerPage.h"

#include <QFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QShortcut>
#include <QTimer>
#include <QUndoStack>

namespace qadesk {

namespace {

constexpr int s_sectionRole = Qt::UserRole;
constexpr int s_itemKeyRole = Qt::UserRole + 1;
constexpr int s_saveDelayMs = 700;

} // namespace

ScorecardDesignerPage::ScorecardDesignerPage(const Database& database, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ScorecardDesignerPage>())
    , m_database(database)
    , m_actor(actor)
    , m_document(new ScorecardDesignDocument(this))
    , m_saveTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_reader = new PageReader(m_database, this);
    m_ruleEditor = new AutoQaRuleEditor(m_ui->itemEditor);
    m_ui->itemLayout->addRow(m_ruleEditor);
    connect(m_ruleEditor, &AutoQaRuleEditor::ruleEdited, this, [this](const std::optional<AutoQaRule>& rule) {
        applyEdit(tr("Change automatic check"), Field::AutoRule,
                  [&](ScorecardVersion& v) { selectedItem(v)->autoRule = rule; });
    });
    m_preview = new ScorecardFormView(m_ui->previewScrollArea);
    m_ui->previewScrollArea->setWidget(m_preview);
    theme::style(m_ui->previewScoreLabel, theme::Text::Heading);
    m_ui->mainSplitter->setStretchFactor(0, 2);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    m_ui->mainSplitter->setStretchFactor(2, 3);
    m_ui->optionsTableWidget->setColumnCount(3);
    m_ui->optionsTableWidget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->optionsTableWidget->verticalHeader()->setVisible(false);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(s_saveDelayMs);
    m_ui->itemDisputesLabel->setTextFormat(Qt::RichText);

    QUndoStack* undoStack = m_document->undoStack();
    auto* undo = undoStack->createUndoAction(this);
    auto* redo = undoStack->createRedoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);
    connect(m_ui->undoButton, &QToolButton::clicked, undoStack, &QUndoStack::undo);
    connect(m_ui->redoButton, &QToolButton::clicked, undoStack, &QUndoStack::redo);
    connect(undoStack, &QUndoStack::canUndoChanged, m_ui->undoButton, &QWidget::setEnabled);
    connect(undoStack, &QUndoStack::canRedoChanged, m_ui->redoButton, &QWidget::setEnabled);
    connect(m_document, &ScorecardDesignDocument::contentChanged, this, &ScorecardDesignerPage::showContent);
    connect(m_saveTimer, &QTimer::timeout, this, &ScorecardDesignerPage::saveDraft);

    connect(m_ui->scorecardComboBox, &QComboBox::activated, this, [this] {
        showScorecard(m_ui->scorecardComboBox->currentData().toLongLong());
    });
    connect(m_ui->versionComboBox, &QComboBox::activated, this, [this] {
        saveDraft();
        loadVersion(m_ui->versionComboBox->currentData().toLongLong());
    });
    connect(m_ui->newButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New scorecard"), tr("Name of the new scorecard:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok && !name.trimmed().isEmpty())
            createScorecard(name.trimmed(), std::nullopt);
    });
    connect(m_ui->importButton, &QPushButton::clicked, this, &ScorecardDesignerPage::importFile);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ScorecardDesignerPage::exportFile);
    connect(m_ui->compareButton, &QPushButton::clicked, this, &ScorecardDesignerPage::showComparison);
    connect(m_ui->retireButton, &QPushButton::clicked, this, &ScorecardDesignerPage::toggleRetired);
    connect(m_ui->publishButton, &QPushButton::clicked, this, &ScorecardDesignerPage::publish);
    connect(m_ui->editButton, &QPushButton::clicked, this, &ScorecardDesignerPage::editAsNewDraft);
    connect(m_ui->addSectionButton, &QPushButton::clicked, this, &ScorecardDesignerPage::addSection);
    connect(m_ui->addItemButton, &QPushButton::clicked, this, &ScorecardDesignerPage::addItem);
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, &ScorecardDesignerPage::duplicateSelected);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ScorecardDesignerPage::deleteSelected);
    connect(m_ui->structureTreeWidget, &StructureTreeWidget::dropped, this, &ScorecardDesignerPage::structureDropped);
    connect(m_ui->structureTreeWidget, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        if (m_updating || !current)
            return;
        const int section = (current->parent() ? current->parent() : current)->data(0, s_sectionRole).toInt();
        const int item = current->parent() ? current->parent()->indexOfChild(current) : -1;
        m_section = section;
        m_item = item;
        showEditor();
    });

    // Editor fields: each change is an edit of the selected node.
    connect(m_ui->sectionTitleLineEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        applyEdit(tr("Rename section"), Field::SectionTitle, [&](ScorecardVersion& v) { selectedSection(v)->title = text; });
    });
    const auto weightEdited = [this] {
        const bool own = m_ui->ownWeightCheckBox->isChecked();
        const double weight = m_ui->sectionWeightSpinBox->value();
        applyEdit(tr("Change section weight"), Field::SectionWeight, [&](ScorecardVersion& v) {
            selectedSection(v)->weight = own ? std::optional<double>(weight) : std::nullopt;
        });
    };
    connect(m_ui->ownWeightCheckBox, &QCheckBox::toggled, this, weightEdited);
    connect(m_ui->sectionWeightSpinBox, &QDoubleSpinBox::valueChanged, this, weightEdited);
    connect(m_ui->keyLineEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        applyEdit(tr("Change key"), Field::Key, [&](ScorecardVersion& v) { selectedItem(v)->key = text.trimmed(); });
    });
    connect(m_ui->questionLineEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        applyEdit(tr("Edit question"), Field::Question, [&](ScorecardVersion& v) { selectedItem(v)->question = text; });
    });
    connect(m_ui->guidancePlainTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_ui->guidancePlainTextEdit->toPlainText();
        applyEdit(tr("Edit guidance"), Field::Guidance, [&](ScorecardVersion& v) { selectedItem(v)->guidance = text; });
    });
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const auto kind = fromCode<ItemKind>(m_ui->kindComboBox->currentData().toString()).value_or(ItemKind::YesNo);
        applyEdit(tr("Change item kind"), Field::Kind, [&](ScorecardVersion& v) {
            ScorecardItem* item = selectedItem(v);
            if (item->kind == kind)
                return;
            if (kind == ItemKind::YesNo)
                item->options = yesNoOptions(item->maxPoints);
            else if (item->kind == ItemKind::YesNo)
                item->options = { { tr("Good"), item->maxPoints, false },
                                  { tr("Fair"), item->maxPoints / 2, false },
                                  { tr("Poor"), 0, true } };
            item->kind = kind;
        });
    });
    connect(m_ui->maxPointsSpinBox, &QDoubleSpinBox::valueChanged, this, [this](double points) {
        applyEdit(tr("Change max points"), Field::MaxPoints, [&](ScorecardVersion& v) {
            ScorecardItem* item = selectedItem(v);
            item->maxPoints = points;
            if (item->kind == ItemKind::YesNo)
                item->options = yesNoOptions(points);
        });
    });
    connect(m_ui->naAllowedCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        applyEdit(tr("Change N/A"), Field::NaAllowed, [&](ScorecardVersion& v) { selectedItem(v)->naAllowed = on; });
    });
    connect(m_ui->commentRequiredCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        applyEdit(tr("Change required comment"), Field::CommentRequired,
                  [&](ScorecardVersion& v) { selectedItem(v)->commentRequiredOnFail = on; });
    });
    connect(m_ui->criticalComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const auto scope = fromCode<CriticalScope>(m_ui->criticalComboBox->currentData().toString()).value_or(CriticalScope::None);
        applyEdit(tr("Change critical scope"), Field::Critical, [&](ScorecardVersion& v) { selectedItem(v)->critical = scope; });
    });
    connect(m_ui->optionsTableWidget, &QTableWidget::itemChanged, this, &ScorecardDesignerPage::readOptionsTable);
    connect(m_ui->addOptionButton, &QPushButton::clicked, this, [this] {
        applyEdit(tr("Add option"), Field::None, [&](ScorecardVersion& v) {
            selectedItem(v)->options << ScorecardOption { tr("Option %1").arg(selectedItem(v)->options.size() + 1), 0, true };
        });
    });
    connect(m_ui->removeOptionButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->optionsTableWidget->currentRow();
        applyEdit(tr("Remove option"), Field::None, [&](ScorecardVersion& v) {
            QList<ScorecardOption>& options = selectedItem(v)->options;
            if (row >= 0 && row < options.size())
                options.removeAt(row);
        });
    });
    connect(m_preview, &ScorecardFormView::answersChanged, this, &ScorecardDesignerPage::updatePreview);
    connect(m_ui->issuesListWidget, &QListWidget::itemActivated, this, [this](QListWidgetItem* row) {
        const QPoint place = row->data(Qt::UserRole).toPoint();
        if (place.x() >= 0)
            select(place.x(), place.y());
    });

    m_ui->editorStackedWidget->setCurrentWidget(m_ui->emptyEditor);
    load();
}

ScorecardDesignerPage::~ScorecardDesignerPage()
{
    saveDraft();
}

// The first scorecard with its versions and the latest version, then the item disputes, read in the background; until
// then the page shows no form, so nothing can be edited before it is there.
void ScorecardDesignerPage::load()
{
    struct Loaded {
        QList<Scorecard> scorecards;
        QList<ScorecardVersion> versions; // of the first scorecard, headers only
        std::optional<ScorecardVersion> version; // its latest, complete
    };
    m_reader->read<Loaded>(
        [](const Database& db) {
            const ScorecardRepository repository(db);
            Loaded loaded { repository.all(), {}, {} };
            if (!loaded.scorecards.isEmpty()) {
                const qint64 first = loaded.scorecards.first().id;
                loaded.versions = repository.versions(first);
                if (const auto latest = repository.latestVersion(first))
                    loaded.version = repository.version(latest->id);
            }
            return loaded;
        },
        [this](Loaded& loaded) {
            fillScorecards(loaded.scorecards);
            if (loaded.scorecards.isEmpty() || !loaded.version) {
                showNoScorecard();
            } else {
                m_scorecard = loaded.scorecards.first();
                m_ui->scorecardComboBox->setCurrentIndex(0);
                fillVersions(loaded.versions, loaded.version->id);
                showVersion(*loaded.version);
            }
            countItemDisputes();
        },
        [this](const QString& error) {
            setStatus(error, true);
            countItemDisputes();
        });
}

// Vague criteria breed disputes: the item editor shows how often each item was disputed and overturned lately.
void ScorecardDesignerPage::countItemDisputes()
{
    const QDate today = m_database.time().today();
    const QDate from = today.addDays(1 - s_disputeWindowDays);
    const auto show = [this](const QList<ItemDisputeStats>& counts, const QString& error) {
        for (const ItemDisputeStats& item : counts)
            m_itemDisputes.insert(item.itemKey, item.counts);
        m_itemDisputesError = error;
        m_itemDisputesCounted = true;
        ScorecardVersion shown = m_document->version();
        if (const ScorecardItem* item = selectedItem(shown))
            showItemDisputes(item->key);
    };
    m_reader->read<QList<ItemDisputeStats>>(
        [from, today, actor = m_actor](const Database& db) { return DisputeStats::perItem(db, actor, from, today); },
        [show](QList<ItemDisputeStats>& counts) { show(counts, {}); }, [show](const QString& error) { show({}, error); });
}

const ScorecardVersion& ScorecardDesignerPage::version() const
{
    return m_document->version();
}

QUndoStack* ScorecardDesignerPage::undoStack() const
{
    return m_document->undoStack();
}

bool ScorecardDesignerPage::editable() const
{
    return m_document->isEditable();
}

ScorecardSection* ScorecardDesignerPage::selectedSection(ScorecardVersion& version) const
{
    return m_section >= 0 && m_section < version.sections.size() ? &version.sections[m_section] : nullptr;
}

ScorecardItem* ScorecardDesignerPage::selectedItem(ScorecardVersion& version) const
{
    ScorecardSection* section = selectedSection(version);
    return section && m_item >= 0 && m_item < section->items.size() ? &section->items[m_item] : nullptr;
}

void ScorecardDesignerPage::applyEdit(const QString& text, Field field,
                                      const std::function<void(ScorecardVersion&)>& change)
{
    if (m_updating)
        return;
    const bool ofSection = field == Field::SectionTitle || field == Field::SectionWeight;
    const bool ofItem = field != Field::None && field != Field::Structure && !ofSection;
    // Consecutive edits of the same field of the same node become one undo step.
    const int mergeId = field == Field::None || field == Field::Structure
        ? -1
        : (int(field) << 20) | ((m_section & 0x3ff) << 10) | ((m_item + 1) & 0x3ff);
    m_document->edit(text, [&](ScorecardVersion& v) {
        if ((ofItem && !selectedItem(v)) || (ofSection && !selectedSection(v)))
            return;
        change(v);
    }, mergeId);
}

// An edit, undo or redo changed the form: the selection stays where it can, and the draft is saved shortly.
void ScorecardDesignerPage::showContent()
{
    const ScorecardVersion& version = m_document->version();
    if (m_section >= version.sections.size())
        m_section = int(version.sections.size()) - 1;
    if (m_section >= 0 && m_item >= version.sections[m_section].items.size())
        m_item = int(version.sections[m_section].items.size()) - 1;
    m_dirty = true;
    m_saveTimer->start();
    rebuildTree();
    showEditor();
    updatePreview();
    updateChecks();
    updateActions();
}

void ScorecardDesignerPage::fillScorecards(const QList<Scorecard>& scorecards)
{
    m_updating = true;
    m_ui->scorecardComboBox->clear();
    for (const auto& scorecard : scorecards)
        m_ui->scorecardComboBox->addItem(scorecard.retired ? tr("%1 (retired)").arg(scorecard.name) : scorecard.name,
                                         scorecard.id);
    m_updating = false;
}

void ScorecardDesignerPage::showNoScorecard()
{
    m_scorecard = {};
    m_document->load({});
    rebuildTree();
    showEditor();
    updatePreview();
    updateChecks();
    updateActions();
    setStatus(tr("No scorecards yet: create one with New… or import a shared form."));
}

void ScorecardDesignerPage::reloadScorecards(qint64 selectId)
{
    try {
        fillScorecards(ScorecardRepository(m_database).all());
    } catch (const StorageError& e) {
        fillScorecards({});
        setStatus(e.message(), true);
    }
    if (m_ui->scorecardComboBox->count() == 0) {
        showNoScorecard();
        return;
    }
    const int index = std::max(0, m_ui->scorecardComboBox->findData(selectId));
    m_ui->scorecardComboBox->setCurrentIndex(index);
    showScorecard(m_ui->scorecardComboBox->itemData(index).toLongLong());
}

bool ScorecardDesignerPage::showScorecard(qint64 scorecardId, qint64 versionId)
{
    saveDraft();
    try {
        ScorecardRepository scorecards(m_database);
        const auto scorecard = scorecards.find(scorecardId);
        if (!scorecard)
            return false;
        m_scorecard = *scorecard;
        m_ui->scorecardComboBox->setCurrentIndex(m_ui->scorecardComboBox->findData(scorecardId));
        reloadVersions(versionId ? versionId : scorecards.latestVersion(scorecardId)->id);
        return true;
    } catch (const StorageError& e) {
        setStatus(e.message(), true);
        return false;
    }
}

void ScorecardDesignerPage::fillVersions(const QList<ScorecardVersion>& versions, qint64 selectVersionId)
{
    m_updating = true;
    m_ui->versionComboBox->clear();
    for (const auto& version : versions) {
        const QString label = version.status == VersionStatus::Draft
            ? tr("Version %1 — draft").arg(version.number)
            : tr("Version %1 — published %2").arg(version.number).arg(QLocale().toString(m_database.time().dateOf(version.publishedAt), QLocale::ShortFormat));
        m_ui->versionComboBox->addItem(label, version.id);
    }
    m_ui->versionComboBox->setCurrentIndex(m_ui->versionComboBox->findData(selectVersionId));
    m_updating = false;
}

void ScorecardDesignerPage::reloadVersions(qint64 selectVersionId)
{
    fillVersions(ScorecardRepository(m_database).versions(m_scorecard.id), selectVersionId);
    loadVersion(selectVersionId);
}

void ScorecardDesignerPage::loadVersion(qint64 versionId)
{
    try {
        if (const auto version = ScorecardRepository(m_database).version(versionId))
            showVersion(*version);
    } catch (const StorageError& e) {
        setStatus(e.message(), true);
    }
}

void ScorecardDesignerPage::showVersion(const ScorecardVersion& version)
{
    m_document->load(version);
    m_dirty = false;
    m_section = m_document->version().sections.isEmpty() ? -1 : 0;
    m_item = -1;
    rebuildTree();
    showEditor();
    updatePreview();
    updateChecks();
    updateActions();
    setStatus(editable() ? tr("Draft: changes are saved as you make them.")
                         : tr("Published versions are frozen. Use \"Edit as new draft\" to change the form."));
}

void ScorecardDesignerPage::rebuildTree()
{
    m_updating = true;
    QTreeWidget* tree = m_ui->structureTreeWidget;
    tree->clear();
    QTreeWidgetItem* current = nullptr;
    for (int s = 0; s < m_document->version().sections.size(); ++s) {
        const ScorecardSection& section = m_document->version().sections.at(s);
        auto* sectionNode = new QTreeWidgetItem(tree, { section.title.isEmpty() ? tr("(untitled section)") : section.title });
        sectionNode->setData(0, s_sectionRole, s);
        QFont bold = sectionNode->font(0);
        bold.setBold(true);
        sectionNode->setFont(0, bold);
        // Sections go only at the top level, items only inside sections.
        sectionNode->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled
                              | (editable() ? Qt::ItemIsDropEnabled : Qt::NoItemFlags));
        for (int i = 0; i < section.items.size(); ++i) {
            const ScorecardItem& item = section.items.at(i);
            auto* itemNode = new QTreeWidgetItem(sectionNode, { QStringLiteral("%1 · %2").arg(item.key, item.question) });
            itemNode->setData(0, s_itemKeyRole, item.key);
            itemNode->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | (editable() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags));
            if (item.critical != CriticalScope::None)
                itemNode->setForeground(0, theme::colour(theme::Colour::Critical));
            if (s == m_section && i == m_item)
                current = itemNode;
        }
        if (s == m_section && m_item < 0)
            current = sectionNode;
    }
    tree->invisibleRootItem()->setFlags(editable() ? Qt::ItemIsDropEnabled : Qt::NoItemFlags);
    tree->expandAll();
    if (current)
        tree->setCurrentItem(current);
    m_updating = false;
}

void ScorecardDesignerPage::structureDropped()
{
    // Read the order Qt made; reject shapes the form cannot have.
    ScorecardVersion after = m_document->version();
    after.sections.clear();
    QTreeWidget* tree = m_ui->structureTreeWidget;
    bool valid = true;
    for (int s = 0; s < tree->topLevelItemCount() && valid; ++s) {
        QTreeWidgetItem* sectionNode = tree->topLevelItem(s);
        if (!sectionNode->data(0, s_itemKeyRole).isNull()) {
            valid = false;
            break;
        }
        ScorecardSection section = m_document->version().sections.at(sectionNode->data(0, s_sectionRole).toInt());
        section.items.clear();
        for (int i = 0; i < sectionNode->childCount(); ++i) {
            const ScorecardItem* item = m_document->version().findItem(sectionNode->child(i)->data(0, s_itemKeyRole).toString());
            if (!item || sectionNode->child(i)->childCount() > 0) {
                valid = false;
                break;
            }
            section.items << *item;
        }
        after.sections << section;
    }
    if (!valid || after.itemCount() != m_document->version().itemCount() || after == m_document->version()) {
        rebuildTree();
        return;
    }
    m_document->setSections(after.sections, tr("Reorder"));
}

void ScorecardDesignerPage::showItemDisputes(const QString& itemKey)
{
    if (!m_itemDisputesCounted) {
        m_ui->itemDisputesLabel->setText(tr("Counting…"));
        return;
    }
    if (!m_itemDisputesError.isEmpty()) {
        m_ui->itemDisputesLabel->setText(m_itemDisputesError.toHtmlEscaped());
        return;
    }
    const auto found = m_itemDisputes.constFind(itemKey);
    if (found == m_itemDisputes.cend() || found->evaluations == 0) {
        m_ui->itemDisputesLabel->setText(tr("Not evaluated in the last %n day(s).", nullptr, s_disputeWindowDays));
        return;
    }
    const DisputeCounts& counts = *found;
    const QLocale locale;
    const auto percent = [&locale](const std::optional<double>& rate) {
        return rate ? locale.toString(*rate * 100.0, 'f', 1) + QStringLiteral(" %") : QStringLiteral("—");
    };
    QString text = tr("Last %n day(s): disputed in %1 of %2 evaluations (%3); %4 of %5 decided were overturned (%6).",
                      nullptr, s_disputeWindowDays)
                       .arg(counts.disputes)
                       .arg(counts.evaluations)
                       .arg(percent(counts.disputeRate))
                       .arg(counts.overturned)
                       .arg(counts.resolved)
                       .arg(percent(counts.overturnRate));
    text = text.toHtmlEscaped();
    // A few disputes in many evaluations is normal; a rate well above it usually means the criterion is unclear.
    if (counts.disputes >= s_disputesWorthReview && counts.disputeRate.value_or(0) >= s_disputeRateWorthReview)
        text += QStringLiteral("<br><span style='color: %1;'>%2</span>")
                    .arg(theme::css(theme::Colour::Warning))
                    .arg(tr("Often disputed: say in the guidance exactly what meets the criterion and what does not.")
                             .toHtmlEscaped());
    m_ui->itemDisputesLabel->setText(text);
}

void ScorecardDesignerPage::showEditor()
{
    m_updating = true;
    ScorecardVersion v = m_document->version();
    const bool canEdit = editable();
    if (ScorecardItem* item = selectedItem(v)) {
        m_ui->editorStackedWidget->setCurrentWidget(m_ui->itemEditor);
        m_ui->keyLineEdit->setText(item->key);
        m_ui->questionLineEdit->setText(item->question);
        if (m_ui->guidancePlainTextEdit->toPlainText() != item->guidance)
            m_ui->guidancePlainTextEdit->setPlainText(item->guidance);
        m_ui->kindComboBox->clear();
        for (const auto& [kind, label] : { std::pair { ItemKind::YesNo, tr("Yes / No") }, std::pair { ItemKind::Scale, tr("Scale") },
                                            std::pair { ItemKind::Options, tr("Options with points") } })
            m_ui->kindComboBox->addItem(label, toCode(kind));
        m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(toCode(item->kind)));
        m_ui->maxPointsSpinBox->setValue(item->maxPoints);
        m_ui->naAllowedCheckBox->setChecked(item->naAllowed);
        m_ui->commentRequiredCheckBox->setChecked(item->commentRequiredOnFail);
        m_ui->criticalComboBox->clear();
        for (const auto& [scope, label] : { std::pair { CriticalScope::None, tr("Not critical") },
                                             std::pair { CriticalScope::Section, tr("Failing zeroes the section") },
                                             std::pair { CriticalScope::Evaluation, tr("Failing zeroes the evaluation") } })
            m_ui->criticalComboBox->addItem(label, toCode(scope));
        m_ui->criticalComboBox->setCurrentIndex(m_ui->criticalComboBox->findData(toCode(item->critical)));
        QTableWidget* table = m_ui->optionsTableWidget;
        table->setHorizontalHeaderLabels({ tr("Label"), tr("Points"), tr("Fails") });
        table->setRowCount(int(item->options.size()));
        for (int o = 0; o < item->options.size(); ++o) {
            const ScorecardOption& option = item->options.at(o);
            table->setItem(o, 0, new QTableWidgetItem(option.label));
            table->setItem(o, 1, new QTableWidgetItem(QString::number(option.points)));
            auto* fails = new QTableWidgetItem();
            fails->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            fails->setCheckState(option.fails ? Qt::Checked : Qt::Unchecked);
            table->setItem(o, 2, fails);
        }
        showItemDisputes(item->key);
        m_ruleEditor->setItem(*item, canEdit);
        const bool optionsEditable = canEdit && item->kind != ItemKind::YesNo;
        table->setEnabled(optionsEditable);
        m_ui->addOptionButton->setEnabled(optionsEditable);
        m_ui->removeOptionButton->setEnabled(optionsEditable);
        for (QWidget* field : std::initializer_list<QWidget*> { m_ui->keyLineEdit, m_ui->questionLineEdit,
                                                                m_ui->guidancePlainTextEdit, m_ui->kindComboBox,
                                                                m_ui->maxPointsSpinBox, m_ui->naAllowedCheckBox,
                                                                m_ui->commentRequiredCheckBox, m_ui->criticalComboBox })
            field->setEnabled(canEdit);
    } else if (ScorecardSection* section = selectedSection(v)) {
        m_ui->editorStackedWidget->setCurrentWidget(m_ui->sectionEditor);
        m_ui->sectionTitleLineEdit->setText(section->title);
        m_ui->ownWeightCheckBox->setChecked(section->weight.has_value());
        m_ui->sectionWeightSpinBox->setValue(section->weight.value_or(0));
        m_ui->sectionWeightSpinBox->setEnabled(canEdit && section->weight.has_value());
        m_ui->sectionTitleLineEdit->setEnabled(canEdit);
        m_ui->ownWeightCheckBox->setEnabled(canEdit);
    } else {
        m_ui->editorStackedWidget->setCurrentWidget(m_ui->emptyEditor);
    }
    m_updating = false;
}

void ScorecardDesignerPage::readOptionsTable()
{
    if (m_updating)
        return;
    QTableWidget* table = m_ui->optionsTableWidget;
    QList<ScorecardOption> options;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (!table->item(row, 0) || !table->item(row, 1) || !table->item(row, 2))
            return;
        options << ScorecardOption { table->item(row, 0)->text(), QLocale::c().toDouble(table->item(row, 1)->text()),
                                     table->item(row, 2)->checkState() == Qt::Checked };
    }
    applyEdit(tr("Edit options"), Field::Options, [&](ScorecardVersion& v) { selectedItem(v)->options = options; });
}

void ScorecardDesignerPage::updatePreview()
{
    if (sender() != m_preview)
        m_preview->setVersionKeepingAnswers(m_document->version()); // the designer tries answers while editing the form
    const ScoreResult result = scoreEvaluation(m_document->version(), m_preview->answers());
    const auto points = [](const std::optional<double>& value) {
        return value ? QLocale().toString(*value * 100.0, 'f', 1) : QStringLiteral("—");
    };
    QString text = tr("Preview score %1 (raw %2)").arg(points(result.score), points(result.rawScore));
    if (result.criticalFailed)
        text += QStringLiteral(" <span style='color:%1'>%2</span>")
                    .arg(theme::css(theme::Colour::Critical), tr("— a critical item failed"));
    m_ui->previewScoreLabel->setText(text);
}

void ScorecardDesignerPage::updateChecks()
{
    m_ui->issuesListWidget->clear();
    if (m_document->version().id == 0)
        return;
    const auto issues = ScorecardValidator::validate(m_document->version());
    for (const auto& issue : issues) {
        auto* row = new QListWidgetItem(issue.message, m_ui->issuesListWidget);
        row->setForeground(theme::colour(theme::Colour::Bad));
        row->setData(Qt::UserRole, QPoint(issue.section, issue.item));
    }
    if (issues.isEmpty())
        new QListWidgetItem(tr("✓ Ready to publish: every rule is met."), m_ui->issuesListWidget);
}

void ScorecardDesignerPage::updateActions()
{
    const bool hasVersion = m_document->version().id != 0;
    const bool canEdit = editable();
    // Publishing and retiring are management's; a disabled button says so.
    const Decision mayPublish = AccessRules::check(m_actor, Action::PublishScorecard);
    m_ui->publishButton->setEnabled(canEdit && mayPublish);
    m_ui->publishButton->setToolTip(mayPublish.reason);
    m_ui->editButton->setEnabled(hasVersion && !canEdit);
    m_ui->exportButton->setEnabled(hasVersion);
    m_ui->compareButton->setEnabled(hasVersion && m_document->version().number > 1);
    m_ui->retireButton->setEnabled(hasVersion && mayPublish);
    m_ui->retireButton->setToolTip(mayPublish.reason);
    m_ui->retireButton->setText(m_scorecard.retired ? tr("Bring back") : tr("Retire"));
    for (QWidget* button : std::initializer_list<QWidget*> { m_ui->addSectionButton, m_ui->addItemButton,
                                                             m_ui->duplicateButton, m_ui->deleteButton })
        button->setEnabled(canEdit);
    m_ui->undoButton->setEnabled(m_document->undoStack()->canUndo());
    m_ui->redoButton->setEnabled(m_document->undoStack()->canRedo());
}

void ScorecardDesignerPage::setStatus(const QString& text, bool error)
{
    m_ui->statusLabel->setText(text);
    theme::style(m_ui->statusLabel, error ? theme::Colour::Bad : theme::Colour::Muted);
}

QString ScorecardDesignerPage::statusText() const
{
    return m_ui->statusLabel->text();
}

void ScorecardDesignerPage::select(int section, int item)
{
    m_section = section;
    m_item = item;
    rebuildTree();
    showEditor();
}

bool ScorecardDesignerPage::createScorecard(const QString& name, std::optional<Channel> channel)
{
    saveDraft();
    ScorecardItem first;
    first.key = QStringLiteral("item_1");
    first.question = tr("New question");
    first.maxPoints = 5;
    first.options = yesNoOptions(first.maxPoints);
    ScorecardVersion version;
    version.sections = { ScorecardSection { 0, tr("Section 1"), std::nullopt, { first } } };
    try {
        const qint64 id = ScorecardRepository(m_database).create(Scorecard { 0, name, {}, channel, false }, version, m_actor.login);
        reloadScorecards(id);
        setStatus(tr("Created \"%1\" as a draft.").arg(name));
        return true;
    } catch (const StorageError& e) {
        setStatus(e.message(), true);
        return false;
    }
}

void ScorecardDesignerPage::addSection()
{
    const int position = m_section + 1;
    m_document->addSection(position, tr("Section %1").arg(m_document->version().sections.size() + 1));
    select(position, -1);
}

void ScorecardDesignerPage::addItem()
{
    if (m_section < 0)
        return;
    const int position = m_item + 1 > 0 ? m_item + 1 : int(m_document->version().sections[m_section].items.size());
    m_document->addItem(m_section, position, tr("New question"));
    select(m_section, position);
}

void ScorecardDesignerPage::duplicateSelected()
{
    if (m_section < 0)
        return;
    if (m_item >= 0) {
        m_document->duplicateItem(m_section, m_item);
        select(m_section, m_item + 1);
    } else {
        m_document->duplicateSection(m_section, tr(" (copy)"));
        select(m_section + 1, -1);
    }
}

void ScorecardDesignerPage::deleteSelected()
{
    if (m_section < 0)
        return;
    if (m_item >= 0)
        m_document->removeItem(m_section, m_item);
    else
        m_document->removeSection(m_section);
    select(std::min(m_section, int(m_document->version().sections.size()) - 1), -1);
}

bool ScorecardDesignerPage::saveDraft()
{
    m_saveTimer->stop();
    if (!m_dirty || !editable())
        return true;
    try {
        m_document->markSaved(ScorecardRepository(m_database).saveDraft(m_document->version(), m_actor.login));
        m_dirty = false;
        setStatus(tr("Draft saved."));
        return true;
    } catch (const ConflictError& e) {
        loadVersion(m_document->version().id); // the other designer's draft, since this one's edits cannot go over it
        setStatus(e.message(), true);
        return false;
    } catch (const StorageError& e) {
        setStatus(e.message(), true);
        return false;
    }
}

bool ScorecardDesignerPage::publish()
{
    if (const Decision mayPublish = AccessRules::check(m_actor, Action::PublishScorecard); !mayPublish) {
        setStatus(mayPublish.reason, true);
        return false;
    }
    if (!editable() || !saveDraft())
        return false;
    const auto issues = ScorecardValidator::validate(m_document->version());
    if (!issues.isEmpty()) {
        setStatus(tr("Not published: %n check(s) failed — see the list on the right.", nullptr, int(issues.size())), true);
        return false;
    }
    try {
        ScorecardRepository scorecards(m_database);
        if (scorecards.unchangedFromPublished(m_document->version().id)) {
            setStatus(tr("Not published: this draft is the same form as the published version. Change it first."),
                      true);
            return false;
        }
        // Publishing cannot be undone: the publisher confirms and says what changed, for the version history.
        const auto note = Dialogs::text(this, tr("Publish version %1").arg(m_document->version().number),
                                        tr("New evaluations will use version %1; earlier ones keep theirs. A published "
                                           "version cannot change.\n\nWhat changed, and why (required):")
                                            .arg(m_document->version().number),
                                        m_document->version().changeNote);
        if (!note) {
            setStatus(tr("Not published."));
            return false;
        }
        if (note->trimmed().isEmpty()) {
            setStatus(tr("Not published: say what changed in the change note."), true);
            return false;
        }
        scorecards.publish(m_document->version().id, m_actor, *note);
    } catch (const AccessDenied& refusal) {
        setStatus(refusal.message(), true);
        return false;
    } catch (const StorageError& e) {
        setStatus(e.message(), true);
        return false;
    }
    reloadVersions(m_document->version().id);
    setStatus(tr("Published version %1. New evaluations use it; earlier ones keep theirs.").arg(m_document->version().number));
    return true;
}

bool ScorecardDesignerPage::editAsNewDraft()
{
    if (m_document->version().id == 0 || editable())
        return false;
    try {
        const qint64 draft = ScorecardRepository(m_database).newDraft(m_document->version().id, m_actor.login);
        reloadVersions(draft);
        setStatus(tr("Version %1 is a new draft copied from the published form.").arg(m_document->version().number));
        return true;
    } catch (const StorageError& e) {
        setStatus(e.message(), true);
        return false;
    }
}

QStringList ScorecardDesignerPage::compareWithPrevious() const
{
    QStringList described;
    try {
        ScorecardRepository scorecards(m_database);
        for (const auto& header : scorecards.versions(m_scorecard.id)) {
            if (header.number == m_document->version().number - 1) {
                for (const auto& change : ScorecardDiff::compare(*scorecards.version(header.id), m_document->version()))
                    described << change.description();
            }
        }
    } catch (const StorageError& e) {
        described << e.message();
    }
    return described;
}

void ScorecardDesignerPage::showComparison()
{
    saveDraft();
    const QStringList changes = compareWithPrevious();
    QMessageBox box(QMessageBox::Information, tr("Changes since version %1").arg(m_document->version().number - 1),
                    changes.isEmpty() ? tr("No changes.") : QStringLiteral("• ") + changes.join(QStringLiteral("\n• ")),
                    QMessageBox::Close, this);
    box.exec();
}

void ScorecardDesignerPage::importFile()
{
    const QString path = Dialogs::openFileName(this, tr("Import scorecard"), tr("Scorecards (*.json)"));
    if (path.isEmpty())
        return;
    QStringList errors;
    const auto imported = ScorecardImport::importFile(m_database, path, true, m_actor, &errors);
    if (!imported) {
        Dialogs::warning(this, tr("Import scorecard"), tr("Nothing was imported:\n\n%1").arg(errors.join(QLatin1Char('\n'))));
        return;
    }
    reloadScorecards(imported->scorecardId);
    setStatus(tr("Imported as a draft: review it, then publish."));
}

void ScorecardDesignerPage::exportFile()
{
    saveDraft();
    const QString path = Dialogs::saveFileName(this, tr("Export scorecard"), m_scorecard.name + QStringLiteral(".json"),
                                               tr("Scorecards (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(ScorecardJson::write(m_scorecard, m_document->version())) < 0) {
        Dialogs::warning(this, tr("Export scorecard"), tr("%1 cannot be written: %2").arg(path, file.errorString()));
        return;
    }
    setStatus(tr("Exported version %1 to %2.").arg(m_document->version().number).arg(path));
}

void ScorecardDesignerPage::toggleRetired()
{
    Scorecard changed = m_scorecard;
    changed.retired = !changed.retired;
    if (const auto failure
        = failureOf([&] { ScorecardRepository(m_database).setRetired(changed.id, changed.retired, m_actor); })) {
        setStatus(*failure, true);
        return;
    }
    const qint64 versionId = m_document->version().id;
    reloadScorecards(changed.id);
    reloadVersions(versionId);
    setStatus(changed.retired ? tr("Retired: hidden from new evaluations; past evaluations are unchanged.")
                              : tr("Back in use for new evaluations."));
}

void ScorecardDesignerPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showEditor();
        updatePreview();
        updateChecks();
        updateActions();
    }
    QWidget::changeEvent(event);
}

} // namespace qadesk
