"""The learning part of the API description: the course catalogue and the skills framework's versions."""

def add(doc, ref, ok, json_body, errors, CODE, secured):
    S = doc["components"]["schemas"]
    string, integer, number, boolean = {"type": "string"}, {"type": "integer"}, {"type": "number"}, {"type": "boolean"}
    uuid = {"type": "string", "format": "uuid"}
    def obj(required, props): return {"type": "object", "required": required, "properties": props}
    def array(item): return {"type": "array", "items": item}
    group = {"type": "string", "enum": ["official", "student", "worker", "citizen"]}
    S.update({
        "Course": obj(["id", "platform", "key", "title", "basicFor", "domains", "needsReview"], {
            "id": uuid, "platform": {**string, "description": "Tên nền tảng, ví dụ binhdanhocvuso.gov.vn"},
            "key": {**string, "description": "Mã khóa học của nền tảng (course-v1:…), hoặc \"title:\" + tên đã bỏ dấu khi tệp không có mã"},
            "title": string,
            "basicFor": {**array(group), "description": "Các nhóm đối tượng mà hoàn thành khóa học được tính là có kỹ năng số cơ bản"},
            "domains": {**array(string), "description": "Khóa các lĩnh vực của khung đánh giá mà khóa học dạy"},
            "needsReview": {**boolean, "description": "Tìm thấy trong tệp nhập, chưa được phân loại"}}),
        "Courses": obj(["items"], {"items": array(ref("Course"))}),
        "FrameworkVersion": obj(["id", "key", "version", "title", "status", "current", "createdAt", "createdBy"], {
            "id": uuid, "key": string, "version": integer, "title": string,
            "status": {"type": "string", "enum": ["draft", "published"]},
            "current": {**boolean, "description": "Phiên bản mà bài đánh giá mới dùng (bản ban hành gần nhất)"},
            "createdAt": {"type": "string", "format": "date-time"}, "createdBy": string,
            "publishedAt": {"type": "string", "format": "date-time"}}),
        "FrameworkVersions": obj(["items"], {"items": array(ref("FrameworkVersion"))}),
        "AssessmentItem": obj(["id", "competence", "kind", "prompt", "answer", "explanation"], {
            "id": string, "competence": string, "kind": {"type": "string", "enum": ["single", "truefalse"]},
            "prompt": string, "options": {**array(string), "description": "2 đến 6 lựa chọn (câu chọn một đáp án)"},
            "answer": {"oneOf": [integer, boolean], "description": "Số thứ tự (từ 0) của lựa chọn đúng, hoặc true/false"},
            "explanation": string}),
        "SkillsFramework": obj(["key", "version", "title", "basis", "passRule", "domains", "groups"], {
            "key": string, "version": integer, "title": string, "basis": string,
            "passRule": obj(["overall", "perDomain"], {
                "overall": {**number, "minimum": 0, "maximum": 1, "description": "Tỷ lệ câu đúng cần đạt (0,7 = 70%)"},
                "perDomain": {**number, "minimum": 0, "maximum": 1, "description": "Tỷ lệ tối thiểu trong mỗi lĩnh vực"}}),
            "domains": array(obj(["key", "title"], {"key": string, "title": string})),
            "groups": array(obj(["targetGroup", "title", "competences", "items"], {
                "targetGroup": group, "title": string,
                "competences": array(obj(["key", "domain", "title"], {"key": string, "domain": string, "title": string})),
                "items": array(ref("AssessmentItem"))}))}),
    })
    S["FrameworkVersionDetail"] = {"allOf": [ref("FrameworkVersion"), obj(["content"], {"content": ref("SkillsFramework")})]}
    FRAMEWORK = {"name": "framework", "in": "path", "required": True, "schema": uuid, "description": "Mã phiên bản khung"}
    doc["paths"].update({
        "/api/v1/courses": {"get": {"summary": "Danh mục khóa học: nhóm đối tượng được tính là cơ bản, lĩnh vực dạy",
            "security": secured, "responses": {"200": ok("Các khóa học", ref("Courses")), **errors(401, 403)}}},
        "/api/v1/frameworks": {"get": {"summary": "Các phiên bản của khung đánh giá kỹ năng số, phiên bản đang dùng",
            "security": secured, "responses": {"200": ok("Các phiên bản", ref("FrameworkVersions")), **errors(401, 403)}}},
        "/api/v1/frameworks/{framework}": {"get": {"summary": "Một phiên bản của khung đánh giá với toàn bộ nội dung (lĩnh vực, năng lực, câu hỏi, đáp án)",
            "security": secured, "parameters": [FRAMEWORK],
            "responses": {"200": ok("Phiên bản và nội dung", ref("FrameworkVersionDetail")), **errors(401, 403, 404)}}},
    })
