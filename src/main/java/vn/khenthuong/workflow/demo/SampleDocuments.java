package vn.khenthuong.workflow.demo;

/** Attaches a sample file to a seeded dossier. */
interface SampleDocuments {

    void attach(String nominationCode, String kind, String classpathFile, String uploadedBy);
}
