#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace concierge::ui {

class ConsoleClient;
class CsvImport;
class PagedTableModel;

// "Registry": the catechism's families (parents with their codes) and pupils, searched and paged as they scroll;
// choosing a parent shows their children. CSV imports of each with the report. Admins only (children's data; each
// view is written to the audit log by the server).
class RegistryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryPage)

public:
    explicit RegistryPage(ConsoleClient *client, QWidget *parent = nullptr);
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildParents();
    QWidget *buildStudents();
    void reloadStudents();

    ConsoleClient *m_client;
    CsvImport *m_import = nullptr;
    PagedTableModel *m_parents = nullptr;
    PagedTableModel *m_students = nullptr;
    QLineEdit *m_parentSearch = nullptr;
    QLineEdit *m_studentSearch = nullptr;
    QTableView *m_parentTable = nullptr;
    QTableView *m_studentTable = nullptr;
    QLabel *m_parentCount = nullptr;
    QLabel *m_studentCount = nullptr;
    QString m_parentFilter; // the chosen family's code
    bool m_loaded = false;  // loaded when first shown: every view is audited
};

} // namespace concierge::ui
