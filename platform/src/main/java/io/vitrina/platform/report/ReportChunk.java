package io.vitrina.platform.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One piece of a report's content, in order of {@code seq} from 0. */
@Entity
@Table(name = "report_chunks")
@IdClass(ReportChunk.Key.class)
public class ReportChunk {

  /** The most bytes one chunk holds: well inside MEDIUMBLOB and the default packet size. */
  public static final int MAX_BYTES = 1024 * 1024;

  @Id
  @Column(name = "report_id", length = 36)
  private String reportId;

  @Id
  @Column(name = "seq")
  private int seq;

  @Lob
  @Column(name = "data", nullable = false)
  private byte[] data;

  protected ReportChunk() {}

  public ReportChunk(String reportId, int seq, byte[] data) {
    if (data.length > MAX_BYTES) {
      throw new IllegalArgumentException("a chunk holds at most " + MAX_BYTES + " bytes");
    }
    this.reportId = reportId;
    this.seq = seq;
    this.data = data;
  }

  public String reportId() {
    return reportId;
  }

  public int seq() {
    return seq;
  }

  public byte[] data() {
    return data;
  }

  /** The composite primary key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private String reportId;
    private int seq;

    public Key() {}

    public Key(String reportId, int seq) {
      this.reportId = reportId;
      this.seq = seq;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && seq == key.seq && Objects.equals(reportId, key.reportId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(reportId, seq);
    }
  }
}
