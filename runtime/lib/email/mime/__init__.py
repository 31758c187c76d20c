# email.mime: classes for building MIME messages from scratch.
