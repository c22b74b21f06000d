import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// A resident's detail page, the create and edit forms, and deletion with confirmation.
struct ResidentPages {
    let services: AppServices

    struct DetailModel {
        var r: ResidentViewModel
        var members: [ResidentViewModel]
        var canEdit: Bool
        var csrf: String
        var editHref: String
        var deleteHref: String
        var listHref: String
        var learning: [ResidentLearning.Course]
        var certificates: [ResidentLearning.Certificate]
        /// Where to record a data-subject request about this resident, for the roles that handle them.
        var privacyHref: String? = nil
        var restricted: Bool = false
    }

    struct FormModel {
        var action: String
        var csrf: String
        var form: ResidentForm
        var villages: [Option]
        var households: [Option]
        var genders: [Option]
        var groups: [Option]
        var smartphones: [Option]
        var vneids: [Option]
        var skilled: Bool
        var errors: [String]
        var fieldErrors: [String: String]
        var cancelHref: String
        var isNew: Bool
    }

    func register(_ routes: Routes) {
        routes.get("/residents/{id}", .resident(.readResidents)) { request, context in
            let account = try context.account()
            let resident = try await services.store.residents.get(try Self.id(context), actor: context.actor())
            let directory = services.store.directory
            let today = CivilDate(services.clock.now())
            let identity = account.role.may(.readResidentIdentity)
            var members: [Resident] = []
            if let household = resident.householdID {
                members = try await services.store.residents.household(household)
            }
            var model = DetailModel(
                r: ResidentViewModel(resident, directory: directory, today: today, showIdentity: identity),
                members: members.filter { $0.id != resident.id }.map { ResidentViewModel($0, directory: directory, today: today, showIdentity: false) },
                canEdit: account.role.may(.writeResidents), csrf: context.csrfToken,
                editHref: "/residents/\(resident.id.uuidString)/edit", deleteHref: "/residents/\(resident.id.uuidString)/delete",
                listHref: "/units/\(resident.villageCode)/residents",
                learning: try await ResidentLearning.courses(of: resident, services: services),
                certificates: try await ResidentLearning.certificates(of: resident, services: services))
            if account.role.may(.handlePrivacyRequests), let commune = directory[resident.villageCode]?.parentCode {
                model.privacyHref = "/units/\(commune)/privacy-requests/new?resident=\(resident.id.uuidString)"
                model.restricted = try await services.store.residents.isRestricted(resident.id)
            }
            return try services.render("resident", model, layout: services.layout(resident.fullName, context: context,
                                                                                   unit: try context.authorizedUnit(),
                                                                                   flash: Flash.message(request.query("done"))))
        }
        routes.get("/units/{code}/residents/new", .unit(.writeResidents)) { _, context in
            let unit = try context.authorizedUnit()
            var form = ResidentForm()
            form.villageCode = unit.level == .village ? unit.code : ""
            return try await renderForm(form, unit: unit, action: "/units/\(unit.code)/residents", context: context, isNew: true)
        }
        routes.post("/units/{code}/residents", .unit(.writeResidents)) { request, context in
            var request = request
            let unit = try context.authorizedUnit()
            let form = Self.residentForm(try await request.form())
            do {
                let resident = try validated(form, id: UUID(), within: unit)
                let saved = try await services.store.residents.create(resident, directory: services.store.directory, actor: context.actor())
                return try SeeOther("/residents/\(saved.id.uuidString)?done=saved").response(from: request, context: context)
            } catch let error as DomainError where error.kind == .invalid || error.kind == .conflict {
                return try await renderForm(form, unit: unit, action: "/units/\(unit.code)/residents", context: context,
                                            isNew: true, error: error).response(from: request, context: context)
            }
        }
        routes.get("/residents/{id}/edit", .resident(.writeResidents)) { _, context in
            let resident = try await services.store.residents.get(try Self.id(context), actor: context.actor())
            let unit = try commune(of: try context.authorizedUnit())
            return try await renderForm(ResidentForm(resident), unit: unit, action: "/residents/\(resident.id.uuidString)",
                                        context: context, isNew: false)
        }
        routes.post("/residents/{id}", .resident(.writeResidents)) { request, context in
            var request = request
            let id = try Self.id(context)
            let unit = try commune(of: try context.authorizedUnit())
            let form = Self.residentForm(try await request.form())
            do {
                let resident = try validated(form, id: id, within: unit)
                _ = try await services.store.residents.update(resident, directory: services.store.directory, actor: context.actor())
                return try SeeOther("/residents/\(id.uuidString)?done=saved").response(from: request, context: context)
            } catch let error as DomainError where error.kind == .invalid || error.kind == .conflict {
                return try await renderForm(form, unit: unit, action: "/residents/\(id.uuidString)", context: context,
                                            isNew: false, error: error).response(from: request, context: context)
            }
        }
        routes.get("/residents/{id}/delete", .resident(.writeResidents)) { _, context in
            let resident = try await services.store.residents.get(try Self.id(context), actor: context.actor())
            let model = DetailModel(r: ResidentViewModel(resident, directory: services.store.directory,
                                                         today: CivilDate(services.clock.now()), showIdentity: false),
                                    members: [], canEdit: true, csrf: context.csrfToken, editHref: "",
                                    deleteHref: "/residents/\(resident.id.uuidString)/delete",
                                    listHref: "/residents/\(resident.id.uuidString)", learning: [], certificates: [])
            return try services.render("resident-delete", model, layout: services.layout(resident.fullName, context: context,
                                                                                          unit: try context.authorizedUnit()))
        }
        routes.post("/residents/{id}/delete", .resident(.writeResidents)) { request, context in
            var request = request
            let form = try await request.form()
            guard form.first("confirm") == "yes" else {
                throw DomainError(.invalid, code: "resident.confirm", message: Strings.confirmRequired)
            }
            let village = try context.authorizedUnit()
            try await services.store.residents.delete(try Self.id(context), directory: services.store.directory, actor: context.actor())
            return SeeOther("/units/\(village.code)/residents?done=resident-deleted")
        }
    }

    /// Validates a form and checks that its village lies inside the unit the route was authorised for.
    func validated(_ form: ResidentForm, id: UUID, within unit: AdminUnit) throws -> Resident {
        let resident = try form.validated(id: id, today: CivilDate(services.clock.now()))
        guard services.store.directory.contains(resident.villageCode, under: unit.code) else {
            throw DomainError(.invalid, code: "resident.village", message: Strings.residentVillageRequired,
                              details: [Problem(column: "villageCode", value: resident.villageCode, reason: Strings.forbiddenOutsideScope)])
        }
        return resident
    }

    /// Editing may move a resident to another village of the same commune.
    func commune(of village: AdminUnit) throws -> AdminUnit {
        village.parentCode.flatMap { services.store.directory[$0] } ?? village
    }

    static func id(_ context: AppContext) throws -> UUID {
        guard let text = context.parameters.get("id"), let id = UUID(uuidString: text) else {
            throw DomainError(.notFound, code: "resident.not-found", message: Strings.residentNotFound)
        }
        return id
    }

    static func residentForm(_ data: FormData) -> ResidentForm {
        var form = ResidentForm()
        form.fullName = data.first("fullName") ?? ""
        form.birthDate = data.first("birthDate") ?? ""
        form.gender = data.first("gender") ?? ""
        form.cccd = data.text("cccd")
        form.phone = data.text("phone")
        form.villageCode = data.text("villageCode") ?? ""
        form.householdID = data.text("householdID")
        form.relationToHead = data.text("relationToHead")
        form.targetGroup = data.text("targetGroup")
        form.organisation = data.text("organisation")
        form.smartphone = data.text("smartphone")
        form.vneidLevel = data.text("vneidLevel").flatMap(Int.init)
        form.hasBasicDigitalSkills = data.first("skilled") == "yes"
        form.notes = data.text("notes")
        return form
    }

    func renderForm(_ form: ResidentForm, unit: AdminUnit, action: String, context: AppContext, isNew: Bool,
                    error: DomainError? = nil) async throws -> HTML {
        let directory = services.store.directory
        let villages = ResidentListPage.villages(under: unit, directory: directory).filter { $0.status == .active }
        let households = form.villageCode.isEmpty ? [] : try await services.store.residents.households(village: form.villageCode)
        var fieldErrors: [String: String] = [:]
        for problem in error?.details ?? [] { if let column = problem.column { fieldErrors[column] = problem.reason } }
        let model = FormModel(
            action: action, csrf: context.csrfToken, form: form,
            villages: villages.map { Option(value: $0.code, label: $0.fullName, selected: $0.code == form.villageCode) },
            households: [Option(value: "", label: Strings.newHouseholdOption, selected: form.householdID == nil)]
                + households.map { Option(value: $0.id.uuidString, label: Strings.householdOption($0.head, $0.members),
                                          selected: $0.id.uuidString == form.householdID) },
            genders: Gender.allCases.map { Option(value: $0.rawValue, label: Strings.genderLabel($0), selected: $0.rawValue == form.gender) },
            groups: [Option(value: "", label: Strings.targetGroupAuto, selected: form.targetGroup == nil)]
                + TargetGroup.allCases.map { Option(value: $0.rawValue, label: Strings.targetGroupLabel($0), selected: $0.rawValue == form.targetGroup) },
            smartphones: Smartphone.allCases.map { Option(value: $0.rawValue, label: Strings.smartphoneLabel($0),
                                                          selected: $0.rawValue == (form.smartphone ?? Smartphone.unknown.rawValue)) },
            vneids: VNeIDLevel.allCases.map { Option(value: String($0.rawValue), label: Strings.vneidLabel($0),
                                                     selected: $0.rawValue == (form.vneidLevel ?? 0)) },
            skilled: form.hasBasicDigitalSkills ?? false,
            errors: error.map { [$0.message] } ?? [], fieldErrors: fieldErrors,
            cancelHref: isNew ? "/units/\(unit.code)/residents" : action, isNew: isNew)
        return try services.render("resident-form", model,
                                   layout: services.layout(isNew ? Strings.newResidentTitle : Strings.editResidentTitle,
                                                           context: context, unit: unit),
                                   status: error == nil ? .ok : .unprocessableContent)
    }
}
