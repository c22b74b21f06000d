/// Registers the pages and API of learning records, assessments and certificates.
struct LearningRoutes {
    let services: AppServices

    func register(_ routes: Routes) {
        AssessmentTakePages(services: services).register(routes)
        CertificatePublicPages(services: services).register(routes)
        FrameworkPages(services: services).register(routes)
        CoursePages(services: services).register(routes)
        LearningPages(services: services).register(routes)
        AssessmentAdminPages(services: services).register(routes)
        CertificateListPage(services: services).register(routes)
        LearningAPI(services: services).register(routes)
    }
}
