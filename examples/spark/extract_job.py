"""Extract the main content of web pages with unboil on Spark; write Parquet.

Reads WARC files (`--input-format warc`, the default: every HTML response
record) or a directory of HTML files (`--input-format html`), extracts each
page with unboil inside `mapPartitions` (the wheel must be installed on
every executor, see the README), and writes Parquet with one row per page:
url, title, author, date, language, text, error (`null` on success; the
message when the page could not be used, so no page is silently dropped).

    spark-submit examples/spark/extract_job.py --master 'local[2]' crawl.warc.gz out.parquet
    python examples/spark/extract_job.py --input-format html pages/ out.parquet
"""

import argparse
import io
import os
import time

from pyspark.sql import SparkSession
from pyspark.sql.types import StringType, StructField, StructType

SCHEMA = StructType(
    [
        StructField(name, StringType(), nullable=True)
        for name in ("url", "title", "author", "date", "language", "text", "error")
    ]
)


def _charset(content_type):
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip('"') or None
    return None


def warc_pages(path_and_bytes):
    """(path, WARC file bytes) -> (url, body, charset) for each HTML response."""
    from warcio.archiveiterator import ArchiveIterator

    _, data = path_and_bytes
    for record in ArchiveIterator(io.BytesIO(data)):
        if record.rec_type != "response" or record.http_headers is None:
            continue
        content_type = record.http_headers.get_header("Content-Type") or ""
        if content_type and "html" not in content_type.lower():
            continue
        url = record.rec_headers.get_header("WARC-Target-URI")
        yield url, record.content_stream().read(), _charset(content_type)


def html_pages(path_and_bytes):
    """(path, file bytes) -> (url, body, charset): the file's URL names it."""
    path, data = path_and_bytes
    yield path, data, None


def extract_partition(pages):
    """Runs on the executors: one row per page, an error row on failure."""
    import unboil

    for url, body, charset in pages:
        try:
            base = url if url and url.startswith(("http://", "https://")) else None
            doc = unboil.extract_document(body, url=base, charset=charset)
            yield (url, doc["title"], doc["author"], doc["date"], doc["language"], doc["text"], None)
        except ValueError as err:  # unboil.UnboilError is a ValueError
            yield (url, None, None, None, None, None, str(err))


def run(spark, input_path, output_path, input_format="warc", partitions=None):
    """Extracts every page under `input_path` into Parquet; returns the row count."""
    sc = spark.sparkContext
    # The executors import this module by name to run the functions above.
    sc.addPyFile(os.path.abspath(__file__))
    if input_format == "warc":
        files = sc.binaryFiles(input_path, minPartitions=partitions)
        pages = files.flatMap(warc_pages)
    else:
        pattern = input_path.rstrip("/") + "/*.html" if not input_path.endswith(".html") else input_path
        files = sc.binaryFiles(pattern, minPartitions=partitions)
        pages = files.flatMap(html_pages)
    if partitions:
        pages = pages.repartition(partitions)
    rows = pages.mapPartitions(extract_partition)
    df = spark.createDataFrame(rows, SCHEMA)
    df.write.mode("overwrite").parquet(output_path)
    return spark.read.parquet(output_path).count()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="WARC file(s) (glob allowed) or a directory of .html files")
    parser.add_argument("output", help="Parquet output directory")
    parser.add_argument("--input-format", choices=["warc", "html"], default="warc")
    parser.add_argument("--master", default=None, help="e.g. local[2]; default: spark-submit's")
    parser.add_argument("--partitions", type=int, default=None)
    args = parser.parse_args()
    builder = SparkSession.builder.appName("unboil-extract")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    start = time.perf_counter()
    count = run(spark, args.input, args.output, args.input_format, args.partitions)
    secs = time.perf_counter() - start
    print(f"unboil-extract: {count} pages in {secs:.1f} s ({count / secs:.1f} pages/s)")
    spark.stop()


if __name__ == "__main__":
    main()
