# Certificates and the registry import on the running server (issue 7).
concierge_server_test(TestCertificatesApi integration/TestCertificatesApi.cpp)
