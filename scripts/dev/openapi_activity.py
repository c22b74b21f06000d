"""The activity part of the API description: teams, roster, support sessions, visits, events, categories."""

def add(doc, ref, ok, json_body, errors, CODE, secured):
    S = doc["components"]["schemas"]
    string, integer, uuid = {"type": "string"}, {"type": "integer"}, {"type": "string", "format": "uuid"}
    date = {"type": "string", "format": "date"}
    def obj(required, props): return {"type": "object", "required": required, "properties": props}
    def page(item): return obj(["total", "page", "per", "items"], {"total": integer, "page": integer, "per": integer,
                                                                    "items": {"type": "array", "items": ref(item)}})
    def path_id(name): return {"name": name, "in": "path", "required": True, "schema": uuid}
    filters = [{"name": n, "in": "query", "schema": s, "description": d} for n, s, d in [
        ("from", date, "Từ ngày (YYYY-MM-DD hoặc dd/mm/yyyy)"), ("to", date, "Đến ngày"),
        ("village", string, "Mã thôn"), ("team", uuid, "Mã tổ"), ("member", uuid, "Mã thành viên tổ"),
        ("category", string, "Khóa nội dung hỗ trợ"), ("page", {"type": "integer", "minimum": 1}, "Trang"),
        ("per", {"type": "integer", "minimum": 1, "maximum": 200}, "Số dòng mỗi trang")]]
    S.update({
        "SessionItem": obj(["id", "unitCode", "category", "at", "outcome"], {
            "id": {**uuid, "description": "Do điện thoại sinh ra; gửi lại cùng id không tạo bản ghi thứ hai."},
            "unitCode": {**string, "description": "Mã thôn hoặc mã xã (hỗ trợ tại trung tâm xã)."},
            "category": {**string, "description": "vneid, account-recovery, public-services, payment, app-install, anti-fraud, e-commerce, other hoặc nội dung riêng của xã."},
            "at": {"type": "string", "format": "date-time"}, "outcome": {"type": "string", "enum": ["done", "follow-up"]},
            "place": {"type": "string", "enum": ["centre", "home", "cultural-house"]}, "residentId": uuid,
            "ageBand": {"type": "string", "enum": ["0-15", "16-35", "36-60", "60+"], "description": "Người chưa có trong danh sách"},
            "gender": {"type": "string", "enum": ["male", "female"]}, "note": {**string, "maxLength": 500},
            "memberId": {**uuid, "description": "Chỉ tài khoản quản lý tổ được ghi thay thành viên khác."}, "visitId": uuid}),
        "SessionBatch": obj(["items"], {"items": {"type": "array", "maxItems": 500, "items": ref("SessionItem")}}),
        "SessionBatchResult": obj(["results"], {"results": {"type": "array", "items": obj(["id", "status"], {
            "id": string, "status": {"type": "string", "enum": ["created", "duplicate", "rejected"]},
            "reason": {**string, "description": "Lý do từ chối, tiếng Việt"}})}}),
        "Session": obj(["id", "unitCode", "communeCode", "category", "categoryLabel", "at", "day", "outcome", "place"], {
            "id": uuid, "unitCode": string, "communeCode": string, "category": string, "categoryLabel": string,
            "at": {"type": "string", "format": "date-time"}, "day": date, "outcome": string, "place": string,
            "residentId": uuid, "residentName": string, "ageBand": string, "gender": string, "memberId": uuid,
            "memberName": string, "teamName": string, "visitId": uuid, "note": string}),
        "SessionPage": page("Session"),
        "Team": obj(["id", "communeCode", "level", "name", "formedOn", "members", "shifts"], {
            "id": uuid, "communeCode": string, "villageCode": string,
            "level": {"type": "string", "enum": ["commune", "village", "rapid-response"]}, "name": string,
            "formedOn": date, "disbandedOn": date,
            "members": {"type": "array", "items": obj(["id", "fullName", "role", "hasAccount", "from", "active"], {
                "id": uuid, "fullName": string, "role": {"type": "string", "enum": ["leader", "member"]}, "residentId": uuid,
                "hasAccount": {"type": "boolean"}, "organisation": string, "phone": string, "from": date, "until": date,
                "active": {"type": "boolean"}})},
            "shifts": {"type": "array", "items": obj(["id", "memberId", "weekday", "start", "end", "place"], {
                "id": uuid, "memberId": uuid, "weekday": {"type": "integer", "minimum": 1, "maximum": 7, "description": "1 = Thứ Hai"},
                "start": {**string, "example": "07:30"}, "end": string, "place": string})}}),
        "Teams": obj(["items", "teams", "members", "villagesWithoutTeam"], {"items": {"type": "array", "items": ref("Team")},
            "teams": integer, "members": integer, "villagesWithoutTeam": {"type": "array", "items": string}}),
        "TeamInput": obj(["level"], {"level": {"type": "string", "enum": ["commune", "village", "rapid-response"]},
            "name": string, "villageCode": string, "formedOn": date}),
        "MemberInput": obj([], {"fullName": string, "residentId": uuid, "role": {"type": "string", "enum": ["leader", "member"]},
            "organisation": string, "phone": string, "from": date}),
        "ShiftInput": obj(["memberId", "weekday", "start", "end"], {"memberId": uuid, "weekday": integer, "start": string,
            "end": string, "place": string}),
        "Duties": obj(["items"], {"items": {"type": "array", "items": obj(["date", "weekday", "memberId", "memberName", "teamId",
            "teamName", "start", "end", "place"], {"date": date, "weekday": integer, "memberId": uuid, "memberName": string,
            "teamId": uuid, "teamName": string, "start": string, "end": string, "place": string})}}),
        "Category": obj(["key", "label", "own", "active"], {"key": string, "label": string, "own": {"type": "boolean"},
                                                             "active": {"type": "boolean"}}),
        "Coverage": obj(["code", "households", "visited", "villages"], {"code": string, "households": integer, "visited": integer,
            "villages": {"type": "array", "items": obj(["code", "name", "households", "visited", "notVisited"], {
                "code": string, "name": string, "households": integer, "visited": integer, "notVisited": integer})}}),
        "VisitInput": obj(["householdId"], {"id": uuid, "householdId": uuid, "date": date,
            "status": {"type": "string", "enum": ["visited", "nobody-home"]}, "present": {"type": "array", "items": uuid},
            "note": string}),
        "HouseholdPage": {"type": "object", "required": ["total", "page", "per", "items"], "properties": {
            "total": integer, "page": integer, "per": integer, "items": {"type": "array", "items": obj(["id", "villageCode", "members"], {
                "id": uuid, "villageCode": string, "number": string, "address": string, "head": string, "members": integer})}}},
        "Event": obj(["id", "communeCode", "type", "typeLabel", "date", "place", "organiser", "topic", "named", "participants"], {
            "id": uuid, "communeCode": string, "villageCode": string,
            "type": {"type": "string", "enum": ["village-class", "team-training", "official-training", "launch", "conference", "learning-day"]},
            "typeLabel": string, "date": date, "place": string, "organiser": string, "topic": string, "headCount": integer,
            "named": integer, "participants": integer,
            "byTargetGroup": {"type": "object", "additionalProperties": integer, "description": "official, student, worker, citizen, unnamed"},
            "attendees": {"type": "array", "items": obj(["id", "fullName", "targetGroup", "villageCode"], {
                "id": uuid, "fullName": string, "targetGroup": string, "villageCode": string})}}),
        "EventPage": page("Event"),
        "EventInput": obj(["type", "date", "place", "organiser", "topic"], {"id": uuid, "type": string, "date": date,
            "place": string, "organiser": string, "topic": string, "headCount": integer, "villageCode": string}),
        "AttendanceInput": obj([], {"add": {"type": "array", "items": uuid}, "remove": {"type": "array", "items": uuid},
                                    "headCount": integer}),
        "SessionAccount": obj(["username", "displayName", "role", "unitCode", "csrfToken"], {"username": string,
            "displayName": string, "role": string, "unitCode": string, "csrfToken": string}),
    })
    def get(summary, schema, params=(), codes=(401, 403, 404)):
        return {"summary": summary, "security": secured, "parameters": list(params),
                "responses": {"200": ok(summary, ref(schema)), **errors(*codes)}}
    def post(summary, body, schema, params=(), status="201", codes=(400, 401, 403, 404, 409, 422)):
        return {"summary": summary, "security": secured, "parameters": list(params),
                "requestBody": {"required": True, **json_body(ref(body))},
                "responses": {status: ok(summary, ref(schema)), **errors(*codes)}}
    TEAM, EVENT, SESSION = path_id("team"), path_id("event"), path_id("session")
    doc["paths"].update({
        "/api/v1/auth/session": {"get": get("Tài khoản đang đăng nhập và mã CSRF (cho trang ghi nhận ngoại tuyến)", "SessionAccount", codes=(401,))},
        "/api/v1/sessions/batch": {"post": post("Gửi một lô lượt hỗ trợ: lưu lượt hợp lệ, trả kết quả từng lượt theo id (gửi lại không tạo trùng)",
                                                "SessionBatch", "SessionBatchResult", status="200", codes=(400, 401, 403, 413, 422))},
        "/api/v1/sessions/{session}": {"get": get("Một lượt hỗ trợ", "Session", [SESSION])},
        "/api/v1/units/{code}/sessions": {"get": get("Lượt hỗ trợ của đơn vị, lọc theo thời gian, thôn, tổ, thành viên, nội dung", "SessionPage", [CODE, *filters], (400, 401, 403, 404, 422))},
        "/api/v1/units/{code}/categories": {
            "get": {"summary": "Nội dung hỗ trợ dùng ở xã (mặc định và riêng của xã)", "security": secured, "parameters": [CODE],
                    "responses": {"200": ok("Danh mục", obj(["items"], {"items": {"type": "array", "items": ref("Category")}})), **errors(401, 403, 404)}},
            "post": post("Thêm nội dung hỗ trợ riêng của xã", "CategoryInput", "Category", [CODE])},
        "/api/v1/units/{code}/teams": {"get": get("Các tổ công nghệ số của xã, thành viên, ca trực, thôn chưa có tổ", "Teams", [CODE]),
                                        "post": post("Lập tổ mới", "TeamInput", "Team", [CODE])},
        "/api/v1/teams/{team}": {"get": get("Một tổ", "Team", [TEAM])},
        "/api/v1/teams/{team}/members": {"post": post("Thêm thành viên", "MemberInput", "Team", [TEAM])},
        "/api/v1/teams/{team}/shifts": {"post": post("Thêm ca trực hằng tuần", "ShiftInput", "Team", [TEAM])},
        "/api/v1/units/{code}/roster": {"get": get("Lịch trực cả tuần chứa ngày `date` (mặc định hôm nay)", "Duties",
            [CODE, {"name": "date", "in": "query", "schema": date}])},
        "/api/v1/units/{code}/visits": {"get": get("Số hộ đã đến / chưa đến theo thôn", "Coverage", [CODE]),
                                         "post": post("Ghi một lần đến hộ (mã thôn; trùng id thì bỏ qua)", "VisitInput", "VisitResult", [CODE])},
        "/api/v1/units/{code}/visits/recent": {"get": get("Các lần đến hộ gần nhất, kèm các lượt hỗ trợ ghi trong lần đến", "VisitPage", [CODE,
            {"name": "page", "in": "query", "schema": integer}, {"name": "per", "in": "query", "schema": integer}])},
        "/api/v1/units/{code}/households/not-visited": {"get": get("Các hộ của thôn chưa được đến", "HouseholdPage", [CODE,
            {"name": "page", "in": "query", "schema": integer}, {"name": "per", "in": "query", "schema": integer}])},
        "/api/v1/units/{code}/events": {"get": get("Lớp học, sự kiện của đơn vị", "EventPage", [CODE, *filters,
            {"name": "type", "in": "query", "schema": string}], (400, 401, 403, 404, 422)),
                                         "post": post("Tạo lớp học, sự kiện", "EventInput", "Event", [CODE])},
        "/api/v1/events/{event}": {"get": get("Một sự kiện, người tham dự theo nhóm đối tượng", "Event", [EVENT])},
        "/api/v1/events/{event}/attendance": {"post": post("Thêm/bớt người tham dự, số người tham dự", "AttendanceInput", "Event", [EVENT], status="200")},
    })
    S["CategoryInput"] = obj(["label"], {"label": string})
    S["Visit"] = obj(["id", "householdId", "villageCode", "date", "status", "present", "sessions"], {"id": uuid,
        "householdId": uuid, "villageCode": string, "date": date, "status": {"type": "string", "enum": ["visited", "nobody-home"]},
        "head": string, "memberId": uuid, "memberName": string, "present": {"type": "array", "items": string}, "note": string,
        "sessions": {"type": "array", "items": ref("Session")}})
    S["VisitPage"] = page("Visit")
    S["VisitResult"] = obj(["id", "status"], {"id": uuid, "status": {"type": "string", "enum": ["created", "duplicate"]}})


def add_indicators(doc, ref, ok, json_body, errors, CODE, secured):
    S = doc["components"]["schemas"]
    string, integer, number = {"type": "string"}, {"type": "integer"}, {"type": "number"}
    def obj(required, props): return {"type": "object", "required": required, "properties": props}
    item = obj(["key", "label", "kind", "numerator"], {"key": string, "label": string,
        "kind": {"type": "string", "enum": ["percent", "count"]}, "value": {**number, "description": "Phần trăm (một chữ số thập phân) hoặc số lượng; null khi mẫu số bằng 0"},
        "numerator": integer, "denominator": integer, "target": number, "comparison": {"type": "string", "enum": [">=", ">"]},
        "targetText": string, "onTrack": {"type": "boolean"}, "gap": number})
    S["Indicator"] = item
    S["Indicators"] = obj(["code", "name", "year", "items"], {"code": string, "name": string, "year": integer,
        "items": {"type": "array", "items": ref("Indicator")},
        "children": {"type": "array", "items": obj(["code", "name", "items"], {"code": string, "name": string,
                                                                             "items": {"type": "array", "items": ref("Indicator")}})}})
    target = obj(["indicator", "value"], {"indicator": string, "comparison": {"type": "string", "enum": [">=", ">"]},
                                         "value": number, "unitCode": {**string, "description": "Đơn vị của kế hoạch (mặc định) hoặc một thôn trực thuộc"}})
    S["PlanInput"] = obj(["number", "issuedOn", "year", "targets"], {"number": string, "issuedOn": {**string, "description": "dd/mm/yyyy hoặc YYYY-MM-DD"},
        "year": integer, "title": string, "targets": {"type": "array", "items": target}})
    S["Plan"] = obj(["id", "unitCode", "year", "number", "issuedOn", "title", "targets"], {"id": {"type": "string", "format": "uuid"},
        "unitCode": string, "year": integer, "number": string, "issuedOn": {"type": "string", "format": "date"}, "title": string,
        "targets": {"type": "array", "items": obj(["unitCode", "indicator", "comparison", "value"], {"unitCode": string,
            "indicator": string, "comparison": string, "value": number})}})
    YEAR = {"name": "year", "in": "query", "schema": {"type": "integer", "minimum": 2025, "maximum": 2030}}
    doc["paths"].update({
        "/api/v1/units/{code}/indicators": {"get": {"summary": "Các chỉ tiêu của đơn vị trong năm, so với chỉ tiêu được giao (đọc từ bộ đếm trực tiếp)",
            "security": secured, "parameters": [CODE, YEAR, {"name": "level", "in": "query", "schema": {"type": "string", "enum": ["children"]},
                                                              "description": "Thêm từng đơn vị trực thuộc"}],
            "responses": {"200": ok("Chỉ tiêu", ref("Indicators")), **errors(400, 401, 403, 404)}}},
        "/api/v1/units/{code}/plans": {
            "get": {"summary": "Các kế hoạch áp dụng cho đơn vị (cấp quốc gia, tỉnh, xã, của đơn vị)", "security": secured,
                    "parameters": [CODE, YEAR], "responses": {"200": ok("Kế hoạch", obj(["items"], {"items": {"type": "array", "items": ref("Plan")}})),
                                                               **errors(400, 401, 403, 404)}},
            "post": {"summary": "Ghi kế hoạch và chỉ tiêu (không được thấp hơn cấp trên)", "security": secured, "parameters": [CODE],
                     "requestBody": {"required": True, **json_body(ref("PlanInput"))},
                     "responses": {"201": ok("Kế hoạch đã ghi", ref("Plan")), **errors(400, 401, 403, 404, 422)}}},
    })
