#include "ScorecardDesignDocument.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>
#include <algorithm>

// Texts keep the page's translation context: they were the page's, and are translated there.
namespace qadesk {
namespace {

QString uniqueKey(const ScorecardVersion& version, const QString& base)
{
    QString key = base;
    for (int n = 2; version.findItem(key); ++n)
        key = QStringLiteral("%1_%2").arg(base).arg(n);
    return key;
}

bool validItem(const ScorecardVersion& version, int section, int item)
{
    return section >= 0 && section < version.sections.size() && item >= 0
        && item < version.sections.at(section).items.size();
}

} // namespace

// One edit: the form before and after.
class ScorecardDesignDocument::SnapshotCommand final : public QUndoCommand {
public:
    SnapshotCommand(ScorecardDesignDocument* document, ScorecardVersion before, ScorecardVersion after,
                    const QString& text, int mergeId)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeId(mergeId)
    {
    }
    void undo() override { m_document->setContent(m_before); }
    void redo() override { m_document->setContent(m_after); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand* other) override
    {
        m_after = static_cast<const SnapshotCommand*>(other)->m_after;
        return true;
    }

private:
    ScorecardDesignDocument* m_document;
    ScorecardVersion m_before;
    ScorecardVersion m_after;
    int m_mergeId;
};

ScorecardDesignDocument::ScorecardDesignDocument(QObject* parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
}

bool ScorecardDesignDocument::isEditable() const
{
    return m_version.id != 0 && m_version.status == VersionStatus::Draft;
}

void ScorecardDesignDocument::load(const ScorecardVersion& version)
{
    m_version = version;
    m_undoStack->clear();
}

bool ScorecardDesignDocument::edit(const QString& text, const std::function<void(ScorecardVersion&)>& change,
                                   int mergeId)
{
    if (!isEditable())
        return false;
    ScorecardVersion after = m_version;
    change(after);
    if (after == m_version)
        return false;
    m_undoStack->push(new SnapshotCommand(this, m_version, after, text, mergeId));
    return true;
}

void ScorecardDesignDocument::setContent(const ScorecardVersion& content)
{
    m_version.sections = content.sections;
    m_version.changeNote = content.changeNote;
    emit contentChanged();
}

void ScorecardDesignDocument::addSection(int position, const QString& title)
{
    edit(QCoreApplication::translate("qadesk::ScorecardDesignerPage", "Add section"), [&](ScorecardVersion& v) {
        v.sections.insert(std::clamp(position, 0, int(v.sections.size())),
                          ScorecardSection { 0, title, std::nullopt, {} });
    });
}

void ScorecardDesignDocument::addItem(int section, int position, const QString& question)
{
    edit(QCoreApplication::translate("qadesk::ScorecardDesignerPage", "Add item"), [&](ScorecardVersion& v) {
        if (section < 0 || section >= v.sections.size())
            return;
        ScorecardItem item;
        item.key = uniqueKey(v, QStringLiteral("item_%1").arg(v.itemCount() + 1));
        item.question = question;
        item.maxPoints = 5;
        item.options = yesNoOptions(item.maxPoints);
        QList<ScorecardItem>& items = v.sections[section].items;
        items.insert(std::clamp(position, 0, int(items.size())), item);
    });
}

void ScorecardDesignDocument::duplicateSection(int section, const QString& titleSuffix)
{
    edit(QCoreApplication::translate("qadesk::ScorecardDesignerPage", "Duplicate section"), [&](ScorecardVersion& v) {
        if (section < 0 || section >= v.sections.size())
            return;
        ScorecardSection copy = v.sections.at(section);
        copy.title += titleSuffix;
        // Keys stay unique against the form and against the copies made so far.
        ScorecardVersion probe = v;
        probe.sections << ScorecardSection {};
        for (auto& item : copy.items) {
            item.key = uniqueKey(probe, item.key + QStringLiteral("_copy"));
            probe.sections.last().items << item;
        }
        v.sections.insert(section + 1, copy);
    });
}

void ScorecardDesignDocument::duplicateItem(int section, int item)
{
    edit(QCoreApplication::translate("qadesk::ScorecardDesignerPage", "Duplicate item"), [&](ScorecardVersion& v) {
        if (!validItem(v, section, item))
            return;
        ScorecardItem copy = v.sections.at(section).items.at(item);
        copy.key = uniqueKey(v, copy.key + QStringLiteral("_copy"));
        v.sections[section].items.insert(item + 1, copy);
    });
}

void ScorecardDesignDocument::removeSection(int section)
{
    edit(QCoreApplication::translate("qadesk::ScorecardDesignerPage", "Delete section"), [&](ScorecardVersion& v) {
        if (section >= 0 && section < v.sections.size())
            v.sections.removeAt(section);
    });
}

void ScorecardDesignDocument::removeItem(int section, int item)
{
    edit(QCoreApplication::translate("qadesk::ScorecardDesignerPage", "Delete item"), [&](ScorecardVersion& v) {
        if (validItem(v, section, item))
            v.sections[section].items.removeAt(item);
    });
}

void ScorecardDesignDocument::moveItem(int fromSection, int fromItem, int toSection, int toItem)
{
    edit(QCoreApplication::translate("qadesk::ScorecardDesignerPage", "Move item"), [&](ScorecardVersion& v) {
        if (!validItem(v, fromSection, fromItem) || toSection < 0 || toSection >= v.sections.size())
            return;
        const ScorecardItem moved = v.sections[fromSection].items.takeAt(fromItem);
        QList<ScorecardItem>& items = v.sections[toSection].items;
        items.insert(std::clamp(toItem, 0, int(items.size())), moved);
    });
}

void ScorecardDesignDocument::setSections(const QList<ScorecardSection>& sections, const QString& text)
{
    edit(text, [&](ScorecardVersion& v) { v.sections = sections; });
}

} // namespace qadesk
