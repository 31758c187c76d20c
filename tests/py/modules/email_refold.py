# Refolding long parsed headers under several policies.
import email
from email import policy
src = """Received: from mail.example.com (mail.example.com [192.0.2.1]) by mx.example.org (Postfix) with ESMTPS id 4ABC123 for <user@example.org>; Mon, 20 Nov 2023 19:12:08 -0500 (EST)
References: <aaaaaaaaaaaaaa@example.com> <bbbbbbbbbbbbbbbbbbbb@example.com> <cccccccccccccccccccc@example.com>
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=sel; h=from:to:subject:date; bh=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH=; b=ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ
From: "A very long display name that goes on, and on" <very.long.address.indeed@subdomain.example.com>
To: first@example.com, second@example.com, third@example.com, fourth@example.com, fifth@example.com
Subject: =?utf-8?q?Re=3A_=C3=A9t=C3=A9_report_with_a_quite_long_subject_line_here_to_fold?=
Content-Type: text/plain; charset="utf-8"; format=flowed; delsp=yes; name="a-rather-long-file-name-for-testing.txt"
Message-ID: <20231120191208.very-long-message-identifier-0123456789abcdef@mail.example.com>
Date: Mon, 20 Nov 2023 19:12:08 -0500

body
"""
for pol in [policy.default, policy.SMTP, policy.default.clone(refold_source='all'), policy.compat32]:
    m = email.message_from_string(src, policy=pol)
    print(m.as_string())
m = email.message_from_string(src, policy=policy.default)
print(m['subject'], m['to'].addresses[2])
