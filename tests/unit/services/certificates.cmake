# Certificates (server/services/catechese/Certificate*, issue 7): the PDF through pdftotext, signed links, issuing,
# and delivery through WAHA's sendFile.
concierge_add_test(TestCertificates SOURCES unit/services/TestCertificates.cpp
    LIBS concierge_services concierge_integrations concierge_registry concierge_audit LABELS unit TIMEOUT 300)
