#include "admin/RegistryPage.h"

#include "admin/CsvImport.h"
#include "admin/PagedTableModel.h"
#include "client/ConsoleClient.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace concierge::ui {

namespace {

QTableView *tableFor(PagedTableModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

// A search box that reloads its list shortly after typing stops.
QLineEdit *searchBox(const QString &name, const QString &placeholder, QWidget *parent, std::function<void()> reload)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    auto *timer = new QTimer(edit);
    timer->setSingleShot(true);
    timer->setInterval(300);
    QObject::connect(edit, &QLineEdit::textChanged, timer, qOverload<>(&QTimer::start));
    QObject::connect(timer, &QTimer::timeout, edit, std::move(reload));
    return edit;
}

} // namespace

RegistryPage::RegistryPage(ConsoleClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_import(new CsvImport(client, this))
{
    setObjectName(QStringLiteral("registryPage"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<b>Registry</b> — the catechism's families and pupils. Children's data: every view is "
                                "recorded in the audit log."),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);
    if (!m_client->isAdmin()) {
        auto *note = new QLabel(tr("Only an administrator can see the registry."), this);
        note->setObjectName(QStringLiteral("registryNote"));
        layout->addWidget(note);
        layout->addStretch();
        return;
    }
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(buildParents());
    splitter->addWidget(buildStudents());
    layout->addWidget(splitter, 1);
    connect(m_import, &CsvImport::imported, this, &RegistryPage::reload);
}

QWidget *RegistryPage::buildParents()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("<b>Parents</b>"), box));
    m_parentSearch =
        searchBox(QStringLiteral("parentSearch"), tr("Search by code, name, phone or e-mail"), box, [this] {
            m_parents->reload({{QStringLiteral("q"), m_parentSearch->text().trimmed()}});
        });
    bar->addWidget(m_parentSearch, 1);
    auto *importParents = new QPushButton(tr("Import parents (CSV)…"), box);
    importParents->setObjectName(QStringLiteral("importParents"));
    bar->addWidget(importParents);
    layout->addLayout(bar);
    m_parents = new PagedTableModel(m_client, QStringLiteral("/api/v1/registry/parents"),
                                    {PagedTableModel::field(tr("Parent code"), QStringLiteral("parent_code")),
                                     PagedTableModel::field(tr("Name"), QStringLiteral("full_name")),
                                     PagedTableModel::field(tr("Phone"), QStringLiteral("phone")),
                                     PagedTableModel::field(tr("E-mail"), QStringLiteral("email"))},
                                    this);
    m_parentTable = tableFor(m_parents, QStringLiteral("parentsTable"), box);
    layout->addWidget(m_parentTable, 1);
    m_parentCount = new QLabel(box);
    layout->addWidget(m_parentCount);
    connect(m_parents, &PagedTableModel::loaded, this,
            [this](int total) { m_parentCount->setText(tr("%n parent(s)", nullptr, total)); });
    connect(m_parents, &PagedTableModel::failed, this,
            [this](const QString &message) { m_parentCount->setText(tr("Could not load: %1").arg(message)); });
    connect(importParents, &QPushButton::clicked, this,
            [this] { m_import->chooseAndImport(QStringLiteral("parents")); });
    connect(m_parentTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_parentFilter = m_parents->row(current.row()).value(u"parent_code").toString();
                reloadStudents();
            });
    return box;
}

QWidget *RegistryPage::buildStudents()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("<b>Pupils</b>"), box));
    m_studentSearch = searchBox(QStringLiteral("studentSearch"), tr("Search by pupil, name or parent code"), box,
                                [this] { reloadStudents(); });
    bar->addWidget(m_studentSearch, 1);
    auto *all = new QPushButton(tr("All families"), box);
    all->setObjectName(QStringLiteral("allFamilies"));
    bar->addWidget(all);
    auto *importStudents = new QPushButton(tr("Import pupils (CSV)…"), box);
    importStudents->setObjectName(QStringLiteral("importStudents"));
    bar->addWidget(importStudents);
    layout->addLayout(bar);
    m_students = new PagedTableModel(m_client, QStringLiteral("/api/v1/registry/students"),
                                     {PagedTableModel::field(tr("Pupil"), QStringLiteral("student_id")),
                                      PagedTableModel::field(tr("First name"), QStringLiteral("first_name")),
                                      PagedTableModel::field(tr("Last name"), QStringLiteral("last_name")),
                                      PagedTableModel::field(tr("Parent code"), QStringLiteral("parent_code")),
                                      PagedTableModel::field(tr("Level"), QStringLiteral("level")),
                                      PagedTableModel::field(tr("Year"), QStringLiteral("school_year")),
                                      PagedTableModel::field(tr("Status"), QStringLiteral("status")),
                                      {tr("Sessions"),
                                       [](const QJsonObject &s) {
                                           return QStringLiteral("%1 / %2")
                                               .arg(s.value(u"sessions_attended").toInt())
                                               .arg(s.value(u"sessions_total").toInt());
                                       }},
                                      PagedTableModel::field(tr("Sacrament"), QStringLiteral("sacrament"))},
                                     this);
    m_studentTable = tableFor(m_students, QStringLiteral("studentsTable"), box);
    layout->addWidget(m_studentTable, 1);
    m_studentCount = new QLabel(box);
    layout->addWidget(m_studentCount);
    connect(m_students, &PagedTableModel::loaded, this, [this](int total) {
        const QString count = tr("%n pupil(s)", nullptr, total);
        m_studentCount->setText(m_parentFilter.isEmpty() ? count : tr("%1 in family %2").arg(count, m_parentFilter));
    });
    connect(m_students, &PagedTableModel::failed, this,
            [this](const QString &message) { m_studentCount->setText(tr("Could not load: %1").arg(message)); });
    connect(all, &QPushButton::clicked, this, [this] {
        m_parentFilter.clear();
        m_parentTable->clearSelection();
        reloadStudents();
    });
    connect(importStudents, &QPushButton::clicked, this,
            [this] { m_import->chooseAndImport(QStringLiteral("students")); });
    return box;
}

void RegistryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded && m_client->isAdmin()) {
        m_loaded = true;
        reload();
    }
}

void RegistryPage::reload()
{
    if (!m_parents)
        return;
    m_parents->reload({{QStringLiteral("q"), m_parentSearch->text().trimmed()}});
    reloadStudents();
}

void RegistryPage::reloadStudents()
{
    m_students->reload(
        {{QStringLiteral("q"), m_studentSearch->text().trimmed()}, {QStringLiteral("parent_code"), m_parentFilter}});
}

} // namespace concierge::ui
