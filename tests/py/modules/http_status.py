# http: HTTPStatus and HTTPMethod enumerations
import http
from http import HTTPStatus, HTTPMethod

print(http.__all__)
for s in HTTPStatus:
    print(int(s), s.name, repr(s.phrase), repr(s.description),
          s.is_informational, s.is_success, s.is_redirection,
          s.is_client_error, s.is_server_error)
print(len(HTTPStatus), len(HTTPStatus.__members__))
for alias in ['REQUEST_ENTITY_TOO_LARGE', 'REQUEST_URI_TOO_LONG',
              'REQUESTED_RANGE_NOT_SATISFIABLE', 'UNPROCESSABLE_ENTITY']:
    m = getattr(HTTPStatus, alias)
    print(alias, repr(m), m is HTTPStatus[alias])
print(HTTPStatus(200), repr(HTTPStatus.OK), str(HTTPStatus.NOT_FOUND), f"{HTTPStatus.OK}")
print(HTTPStatus.OK == 200, HTTPStatus.OK + 1, isinstance(HTTPStatus.OK, int))
print(HTTPStatus(404) is HTTPStatus.NOT_FOUND, HTTPStatus['IM_A_TEAPOT'].phrase)
print('%d %s' % (HTTPStatus.OK, HTTPStatus.OK.phrase))
try:
    HTTPStatus(299)
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(HTTPStatus)[:3])
print(HTTPStatus.OK in HTTPStatus, 200 in HTTPStatus.__members__.values())

for m in HTTPMethod:
    print(repr(m), str(m), m.value, m.description)
print(HTTPMethod('GET') is HTTPMethod.GET, HTTPMethod.GET == 'GET', HTTPMethod.POST.upper())
print(len(HTTPMethod), f"{HTTPMethod.PUT}", HTTPMethod['PATCH'].value)
try:
    HTTPMethod('get')
except ValueError as e:
    print(type(e).__name__, e)
