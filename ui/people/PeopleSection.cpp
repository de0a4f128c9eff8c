#include "PeopleSection.h"

#include "PeopleModel.h"
#include "PersonDetail.h"
#include "PersonEditor.h"
#include "session/Session.h"
#include "storage/PersonStore.h"
#include "widgets/Lookups.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTableView>

namespace kith::ui {

PeopleSection::PeopleSection(Session &session, QWidget *parent)
    : ListSection(session, EntityKind::Person, QStringLiteral("people"), parent)
    , m_model(new PeopleModel(session, this))
    , m_relationshipFilter(new QComboBox(this))
    , m_tagFilter(new QComboBox(this))
{
    searchEdit()->setPlaceholderText(tr("Search people by name, job, e-mail, notes… (Ctrl+F)"));
    m_relationshipFilter->setObjectName(QStringLiteral("peopleRelationshipFilter"));
    m_relationshipFilter->setAccessibleName(tr("Relationship"));
    m_relationshipFilter->addItem(tr("Any relationship"));
    for (RelationshipKind kind : enumValues<RelationshipKind>())
        m_relationshipFilter->addItem(enumLabel(kind), enumKey(kind));
    m_tagFilter->setObjectName(QStringLiteral("peopleTagFilter"));
    m_tagFilter->setAccessibleName(tr("Tag"));
    reloadTagFilter();
    filterBar()->addWidget(m_relationshipFilter);
    filterBar()->addWidget(m_tagFilter);
    connect(m_relationshipFilter, &QComboBox::currentIndexChanged, this,
            &PeopleSection::filtersChanged);
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this, &PeopleSection::filtersChanged);
    connect(&session, &Session::changed, this, [this](const Change &change) {
        if (change.kind == EntityKind::Tag || change.kind == EntityKind::Person)
            reloadTagFilter();
    });

    auto *logAction = new QAction(tr("&Log Interaction…"), this);
    logAction->setObjectName(QStringLiteral("logInteractionAction"));
    logAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    logAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(logAction, &QAction::triggered, this, [this] {
        if (const QList<Id> ids = selectedIds(); !ids.isEmpty())
            Q_EMIT logInteractionRequested(ids);
    });
    addAction(logAction);
    view()->addAction(logAction);

    setModel(m_model);
    // Name, Title, Organization, Location, KnownSince, LastContact
    setColumnWidths({200, 170, 190, 140, 100, 110}, PeopleModel::Name);
}

void PeopleSection::reloadTagFilter()
{
    const QString current = m_tagFilter->currentData().toString();
    const QSignalBlocker blocker(m_tagFilter);
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("Any tag"));
    for (const QString &tag : knownTagNames(session()))
        m_tagFilter->addItem(tag, tag);
    const int index = m_tagFilter->findData(current);
    m_tagFilter->setCurrentIndex(index >= 0 ? index : 0);
}

void PeopleSection::applyFilters(const QString &searchText)
{
    PersonFilter filter;
    filter.text = searchText;
    if (const QString kind = m_relationshipFilter->currentData().toString(); !kind.isEmpty())
        filter.relationship = enumFromKey<RelationshipKind>(kind);
    if (const QString tag = m_tagFilter->currentData().toString(); !tag.isEmpty())
        filter.tags = {tag};
    filter.ids = onlyIds();
    m_model->setFilter(filter);
}

void PeopleSection::clearFilters()
{
    m_relationshipFilter->setCurrentIndex(0);
    m_tagFilter->setCurrentIndex(0);
}

bool PeopleSection::hasActiveFilters() const
{
    return m_relationshipFilter->currentIndex() > 0 || m_tagFilter->currentIndex() > 0;
}

QString PeopleSection::detailHtml(Id id)
{
    return personDetailHtml(session(), id);
}

void PeopleSection::newRecord()
{
    Person person;
    PersonEditor editor(session(), person, this);
    if (editor.exec() == QDialog::Accepted) {
        selectAfterSave(editor.savedId());
        showRecord(editor.savedId());
    }
}

void PeopleSection::editRecord(Id id)
{
    Result<Person> person = PersonStore(session().db()).get(id);
    if (!person) {
        MessageBox::warning(this, tr("Edit Person"), person.error().message());
        return;
    }
    PersonEditor editor(session(), *person, this);
    editor.exec();
}

void PeopleSection::deleteRecords(const QList<Id> &ids)
{
    PersonStore store(session().db());
    const QString who = ids.size() == 1 ? store.displayName(ids.first()).valueOr({}) : QString();
    const QString question = ids.size() == 1 ? tr("Delete %1?").arg(who)
                                             : tr("Delete %n people?", nullptr, int(ids.size()));
    const QString detail = tr("Their recommendations, memberships and the interactions nobody "
                              "else took part in go too. You can undo this (Ctrl+Z).");
    if (MessageBox::question(this, tr("Delete"), question + QStringLiteral("\n\n") + detail,
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    const QString step = ids.size() == 1 ? tr("Delete %1").arg(who)
                                         : tr("Delete %n people", nullptr, int(ids.size()));
    if (Status status = session().perform(step, [&] { return store.remove(ids); }); !status)
        MessageBox::warning(this, tr("Delete"), status.error().message());
}

void PeopleSection::addTag(const QList<Id> &ids, const QString &tag)
{
    PersonStore store(session().db());
    if (Status status =
            session().perform(tr("Tag %n people “%1”", nullptr, int(ids.size())).arg(tag),
                              [&] { return store.addTag(ids, tag); });
        !status)
        MessageBox::warning(this, tr("Add Tag"), status.error().message());
}

void PeopleSection::removeTag(const QList<Id> &ids, const QString &tag)
{
    PersonStore store(session().db());
    if (Status status =
            session().perform(tr("Untag %n people “%1”", nullptr, int(ids.size())).arg(tag),
                              [&] { return store.removeTag(ids, tag); });
        !status)
        MessageBox::warning(this, tr("Remove Tag"), status.error().message());
}

QString PeopleSection::emptyText(bool filtered) const
{
    if (filtered)
        return tr("Nobody matches. Clear the search (Esc) or the filters to see everyone.");
    return tr("No people yet.\n\nAdd someone with New (Ctrl+Shift+N) or Quick Add (Ctrl+N), or "
              "import your LinkedIn connections or a vCard file from the File menu.");
}

void PeopleSection::detailAction(const QString &action, Id id)
{
    if (action == QLatin1String("log"))
        Q_EMIT logInteractionRequested({id});
    else
        ListSection::detailAction(action, id);
}

} // namespace kith::ui
