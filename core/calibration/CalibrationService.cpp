#include "CalibrationService.h"

#include "people/AccessRules.h"
#include "storage/CalibrationRepository.h"
#include "storage/ContactRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QLocale>

namespace qadesk {
namespace {

bool isManagement(Role role)
{
    return role == Role::Manager || role == Role::Admin;
}

QHash<qint64, QString> userNames(const Database& db)
{
    QHash<qint64, QString> names;
    for (const auto& user : UserRepository(db).all())
        names.insert(user.id, user.displayName);
    return names;
}

} // namespace

CalibrationService::CalibrationService(const Database& database, const Actor& actor)
    : m_db(database)
    , m_actor(actor)
{
}

CalibrationSession CalibrationService::load(qint64 sessionId) const
{
    const auto session = CalibrationRepository(m_db).find(sessionId);
    if (!session)
        throw StorageError(tr("Calibration session %1 does not exist.").arg(sessionId));
    return *session;
}

CalibrationSession CalibrationService::loadLed(qint64 sessionId, const QString& refusal) const
{
    CalibrationSession session = load(sessionId);
    if (!leads(session))
        throw AccessDenied(refusal.arg(session.title));
    return session;
}

bool CalibrationService::leads(const CalibrationSession& session) const
{
    return isManagement(m_actor.role) || (session.organiserId != 0 && session.organiserId == m_actor.userId);
}

QList<CalibrationSummary> CalibrationService::sessions() const
{
    if (!AccessRules::check(m_actor, Action::OrganiseCalibration))
        return {};
    CalibrationRepository calibrations(m_db);
    ContactRepository contacts(m_db);
    AgentRepository agents(m_db);
    ScorecardRepository scorecards(m_db);
    const auto names = userNames(m_db);
    QList<CalibrationSummary> list;
    for (const auto& session : calibrations.all()) {
        CalibrationSummary summary;
        summary.session = session;
        if (const auto contact = contacts.find(session.contactId)) {
            summary.contactText = contact->externalId;
            if (const auto agent = agents.find(contact->agentId))
                summary.agentName = agent->name;
        }
        if (const auto version = scorecards.version(session.scorecardVersionId)) {
            const auto card = scorecards.find(version->scorecardId);
            summary.scorecardText = tr("%1 v%2").arg(card ? card->name : QString()).arg(version->number);
        }
        summary.organiserName = names.value(session.organiserId);
        for (const auto& scoring : calibrations.evaluations(session.id)) {
            if (!scoring.submittedAt.isValid())
                continue;
            ++summary.submitted;
            summary.submittedByActor = summary.submittedByActor || scoring.evaluatorId == m_actor.userId;
        }
        summary.participating = session.evaluatorIds.contains(m_actor.userId);
        summary.organising = leads(session);
        summary.mayReveal = !session.revealed && summary.organising;
        list << summary;
    }
    return list;
}

qint64 CalibrationService::create(const CalibrationPlan& plan) const
{
    AccessRules::require(m_actor, Action::OrganiseCalibration);
    if (plan.title.trimmed().isEmpty())
        throw StorageError(tr("A calibration session needs a title."));
    if (!ContactRepository(m_db).find(plan.contactId))
        throw StorageError(tr("Contact %1 does not exist.").arg(plan.contactId));
    const auto version = ScorecardRepository(m_db).version(plan.scorecardVersionId);
    if (!version || version->status != VersionStatus::Published)
        throw StorageError(tr("A calibration session scores on a published scorecard version."));
    QList<qint64> participants;
    for (const qint64 id : plan.participantIds) {
        if (!participants.contains(id))
            participants << id;
    }
    if (participants.size() < 2)
        throw StorageError(tr("A calibration session needs at least two participants."));
    UserRepository users(m_db);
    for (const qint64 id : std::as_const(participants)) {
        const auto user = users.find(id);
        if (!user)
            throw StorageError(tr("User %1 does not exist.").arg(id));
        const Actor participant { user->id, user->login, user->displayName, user->role, {}, user->agentId };
        if (!user->active || !AccessRules::check(participant, Action::Evaluate))
            throw StorageError(tr("%1 cannot take part: only active evaluators, managers and administrators score.")
                                   .arg(user->displayName));
    }
    if (plan.referenceUserId && !participants.contains(plan.referenceUserId))
        throw StorageError(tr("The reference evaluator must be one of the participants."));
    CalibrationSession session;
    session.title = plan.title.trimmed();
    session.contactId = plan.contactId;
    session.scorecardVersionId = plan.scorecardVersionId;
    session.evaluatorIds = participants;
    session.referenceUserId = plan.referenceUserId;
    session.scheduledAt = plan.deadline;
    session.organiserId = m_actor.userId;
    return CalibrationRepository(m_db).add(session, m_actor.login);
}

Evaluation CalibrationService::myScoring(qint64 sessionId) const
{
    const CalibrationSession session = load(sessionId);
    if (!session.evaluatorIds.contains(m_actor.userId))
        throw AccessDenied(tr("You are not a participant of \"%1\".").arg(session.title));
    if (const auto id = CalibrationRepository(m_db).evaluationOf(sessionId, m_actor.userId)) {
        if (const auto stored = EvaluationRepository(m_db).find(*id))
            return *stored;
    }
    Evaluation fresh;
    fresh.contactId = session.contactId;
    fresh.scorecardVersionId = session.scorecardVersionId;
    fresh.evaluatorId = m_actor.userId;
    fresh.kind = EvaluationKind::Calibration;
    fresh.calibrationSessionId = sessionId;
    return fresh;
}

CalibrationReveal CalibrationService::reveal(qint64 sessionId) const
{
    const CalibrationSession session = load(sessionId);
    if (!session.evaluatorIds.contains(m_actor.userId) && !AccessRules::check(m_actor, Action::OrganiseCalibration))
        throw AccessDenied(tr("Only the participants and QA see a calibration session's scorings."));
    if (!session.revealed)
        throw AccessDenied(tr("The scorings of \"%1\" stay hidden until every participant has submitted or the "
                              "organiser reveals them.")
                               .arg(session.title));
    CalibrationRepository calibrations(m_db);
    const auto version = ScorecardRepository(m_db).version(session.scorecardVersionId);
    if (!version)
        throw StorageError(tr("The scorecard version of \"%1\" does not exist.").arg(session.title));
    return CalibrationReveal::compute(session, *version, calibrations.evaluations(sessionId), userNames(m_db),
                                      calibrations.items(sessionId));
}

void CalibrationService::revealNow(qint64 sessionId) const
{
    loadLed(sessionId,
            tr("Only the organiser of \"%1\", a manager or an administrator reveals it before everyone has "
               "submitted."));
    CalibrationRepository(m_db).reveal(sessionId, m_actor.login);
}

void CalibrationService::saveConclusion(qint64 sessionId, const CalibrationItem& conclusion) const
{
    const CalibrationSession session
        = loadLed(sessionId, tr("Only the organiser of \"%1\", a manager or an administrator keeps its answer key."));
    if (!session.revealed)
        throw AccessDenied(tr("The answer key of \"%1\" is agreed after the reveal.").arg(session.title));
    const auto version = ScorecardRepository(m_db).version(session.scorecardVersionId);
    const ScorecardItem* item = version ? version->findItem(conclusion.itemKey) : nullptr;
    if (!item)
        throw StorageError(tr("The scorecard of \"%1\" has no item %2.").arg(session.title, conclusion.itemKey));
    if (conclusion.agreedOption && (*conclusion.agreedOption < 0 || *conclusion.agreedOption >= item->options.size()))
        throw StorageError(tr("Item \"%1\" has no option %2.").arg(item->question).arg(*conclusion.agreedOption + 1));
    if (conclusion.agreedNa && !item->naAllowed)
        throw StorageError(tr("Item \"%1\" does not allow N/A.").arg(item->question));
    CalibrationRepository(m_db).saveItem(sessionId, conclusion, m_actor.login);
}

qint64 CalibrationService::createDraftVersion(qint64 sessionId) const
{
    const CalibrationSession session = loadLed(
        sessionId,
        tr("Only the organiser of \"%1\", a manager or an administrator turns its notes into a scorecard draft."));
    CalibrationRepository calibrations(m_db);
    QHash<QString, QString> notes;
    for (const auto& item : calibrations.items(sessionId)) {
        if (!item.note.trimmed().isEmpty())
            notes.insert(item.itemKey, item.note.trimmed());
    }
    if (notes.isEmpty())
        throw StorageError(tr("No item of \"%1\" has a discussion note to add to the guidance.").arg(session.title));
    Transaction transaction(m_db);
    ScorecardRepository scorecards(m_db);
    const qint64 draftId = scorecards.newDraft(session.scorecardVersionId, m_actor.login);
    ScorecardVersion draft = *scorecards.version(draftId);
    const QString day = QLocale::c().toString(
        m_db.time().dateOf(session.scheduledAt.isValid() ? session.scheduledAt : session.createdAt),
        QStringLiteral("yyyy-MM-dd"));
    for (auto& section : draft.sections) {
        for (auto& item : section.items) {
            const QString note = notes.value(item.key);
            if (note.isEmpty())
                continue;
            const QString clarification = tr("Clarified in calibration \"%1\" (%2): %3").arg(session.title, day, note);
            item.guidance = item.guidance.trimmed().isEmpty()
                ? clarification
                : item.guidance.trimmed() + QStringLiteral("\n\n") + clarification;
        }
    }
    const QString change = tr("Guidance clarified by the calibration session \"%1\" of %2.").arg(session.title, day);
    draft.changeNote
        = draft.changeNote.trimmed().isEmpty() ? change : draft.changeNote.trimmed() + QLatin1Char(' ') + change;
    scorecards.saveDraft(draft, m_actor.login);
    calibrations.setDraftVersion(sessionId, draftId, m_actor.login);
    transaction.commit();
    return draftId;
}

} // namespace qadesk
