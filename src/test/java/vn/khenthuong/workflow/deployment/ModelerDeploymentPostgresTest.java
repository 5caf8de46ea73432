package vn.khenthuong.workflow.deployment;

import org.springframework.test.context.ContextConfiguration;
import vn.khenthuong.testsupport.PostgresInitializer;

/** Deploying from Modeler, its forms, its duplicate filtering and its refusal of non-administrators on PostgreSQL 17. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class ModelerDeploymentPostgresTest extends ModelerDeploymentTest {
}
